"""Weekdays, relative words, period words, cues and era marks.

Data only. Words are written as in text; matching folds hamza forms, ى/ي and a
final ة/ه. Multi-word entries use single spaces.
"""

from __future__ import annotations

#: Weekday names: Python's weekday number (Monday = 0).
WEEKDAYS: dict[str, int] = {
    "الإثنين": 0,
    "الاثنين": 0,
    "الاتنين": 0,
    "الثلاثاء": 1,
    "الثلاثا": 1,
    "الثلثاء": 1,
    "الأربعاء": 2,
    "الاربعا": 2,
    "الخميس": 3,
    "الجمعة": 4,
    "السبت": 5,
    "الأحد": 6,
}

#: Weekdays that are also ordinary words; bare, they need a cue (يوم، a comma …).
#: الاثنين is also "the two", الأحد "the one".
AMBIGUOUS_WEEKDAYS: tuple[str, ...] = ("الاثنين", "الإثنين", "الأحد")

#: Words before الأحد/الاثنين that make them "the one"/"both", not weekdays.
NOT_WEEKDAY_BEFORE_AMBIGUOUS: tuple[str, ...] = ("الواحد", "الفرد", "الصمد")

#: Words after أمس/غدا that make them other words (أمس الحاجة: "in most need").
NOT_DATE_AFTER_RELATIVE: tuple[str, ...] = ("الحاجة", "حاجة")

#: Words before a weekday that make it a name, not a date (صلاة الجمعة).
NOT_DATE_BEFORE_WEEKDAY: tuple[str, ...] = ("صلاة", "خطبة", "سوق", "صلاتي", "خطب", "باب")

#: Words meaning "day" that may stand before a weekday or a date, outside the span.
DAY_NOUNS: tuple[str, ...] = ("يوم", "يومي", "نهار", "ليلة")

#: Days named relative to the reference date: offset in days.
RELATIVE_DAYS: dict[str, int] = {
    "اليوم": 0,
    "أمس": -1,
    "الأمس": -1,
    "البارحة": -1,
    "أول أمس": -2,
    "أول من أمس": -2,
    "أمس الأول": -2,
    "غدا": 1,
    "غداً": 1,
    "غد": 1,  # only before a weekday (غد الثلاثاء): "a tomorrow" otherwise
    "الغد": 1,  # only after a time of day (مساء الغد) or before a weekday: "the future" otherwise
    "بعد غد": 2,
    "بعد الغد": 2,
    "يوم غد": 1,
}

#: Direction words after a weekday, a month or a period: -1 past, +1 future, 0 current.
MODIFIERS: dict[str, int] = {
    "الماضي": -1,
    "الماضية": -1,
    "المنصرم": -1,
    "المنصرمة": -1,
    "الفائت": -1,
    "الفائتة": -1,
    "السابق": -1,
    "السابقة": -1,
    "المنقضي": -1,
    "المنقضية": -1,
    "المقبل": 1,
    "المقبلة": 1,
    "القادم": 1,
    "القادمة": 1,
    "الآتي": 1,
    # duals and plurals, after two months or days (شهري ديسمبر ويناير المقبلين)
    "الماضيين": -1,
    "الماضيتين": -1,
    "المنصرمين": -1,
    "المقبلين": 1,
    "المقبلتين": 1,
    "القادمين": 1,
    "القادمتين": 1,
    "الجاري": 0,
    "الجارية": 0,
    "الحالي": 0,
    "الحالية": 0,
}

#: Demonstratives before a period word meaning the current one (هذا العام).
THIS_WORDS: tuple[str, ...] = ("هذا", "هذه")

#: Named periods with the article: unit.
PERIODS: dict[str, str] = {
    "الأسبوع": "week",
    "الشهر": "month",
    "العام": "year",
    "السنة": "year",
}

#: Nouns that "العام" follows as the adjective "general" (الأمين العام السابق is no year).
GENERAL_NOUNS: tuple[str, ...] = (
    "الأمين",
    "الأمانة",
    "المدير",
    "المديرية",
    "الرأي",
    "القطاع",
    "النائب",
    "المدعي",
    "المؤتمر",
    "المال",
    "الإضراب",
    "النفع",
    "الصالح",
    "المرفق",
    "الشأن",
    "التعليم",
    "الأمن",
    "المفتش",
    "الكاتب",
    "المراقب",
    "الإطار",
    "المنسق",
    "المقرر",
    "الحق",
    "النظام",
    "الاتحاد",
    "الدين",
    "المؤشر",
    "العفو",
    "المجلس",
    "الحشد",
    "القائد",
    "المرشد",
    "الطابع",
    "السياق",
    "الإطار",
    "الخط",
    "الوضع",
    "الاتجاه",
    "المناخ",
    "الذوق",
    "الاكتتاب",
)

#: Counted units after قبل/بعد/منذ: (unit, how many the word itself means; 0: needs a count).
COUNTED_UNITS: dict[str, tuple[str, int]] = {
    "يوم": ("day", 1),
    "أيام": ("day", 0),
    "يوما": ("day", 0),
    "يومين": ("day", 2),
    "يومان": ("day", 2),
    "أسبوع": ("week", 1),
    "أسابيع": ("week", 0),
    "أسبوعا": ("week", 0),
    "أسبوعين": ("week", 2),
    "أسبوعان": ("week", 2),
    "شهر": ("month", 1),
    "أشهر": ("month", 0),
    "شهور": ("month", 0),
    "شهرا": ("month", 0),
    "شهرين": ("month", 2),
    "شهران": ("month", 2),
    "سنة": ("year", 1),
    "سنوات": ("year", 0),
    "سنين": ("year", 0),
    "سنتين": ("year", 2),
    "سنتان": ("year", 2),
    "عام": ("year", 1),
    "أعوام": ("year", 0),
    "عاما": ("year", 0),
    "عامين": ("year", 2),
    "عامان": ("year", 2),
}

#: Words before a count: direction.
#: (خلال is not one: خلال يومين is "within two days", no point in time.)
COUNT_DIRECTIONS: dict[str, int] = {"قبل": -1, "منذ": -1, "بعد": 1}

#: A count is from another moment when one of these follows it (بعد أسبوع من انعقاد
#: القمة، قبل يومين على موعد الاقتراع): no date, unless COUNT_FROM_NOW comes next.
COUNT_ANCHORS: tuple[str, ...] = ("من", "على")
#: The words after COUNT_ANCHORS that leave the count from today: now (من الآن، من
#: اليوم) and a hedge on the count (على الأقل، على الأكثر).
COUNT_FROM_NOW: tuple[str, ...] = ("الآن", "الان", "اليوم", "تاريخه", "الأقل", "الأكثر")

#: Parts of a month (or a year): which third.
MONTH_PARTS: dict[str, str] = {
    "مطلع": "early",
    "بداية": "early",
    "بدايات": "early",
    "أوائل": "early",
    "مستهل": "early",
    "منتصف": "mid",
    "أواسط": "mid",
    "أواخر": "late",
    "نهاية": "late",
    "نهايات": "late",
    "آخر": "late",
}

#: Nouns naming a year, inside the span (سنة 2019، العام 2021).
YEAR_NOUNS: tuple[str, ...] = ("سنة", "عام", "العام", "السنة")

#: Prepositions that make a bare four-digit number a year, outside the span (خلال 2021).
YEAR_CUES: tuple[str, ...] = (
    "في",
    "خلال",
    "منذ",
    "إلى",
    "الى",
    "حتى",
    "قبل",
    "بعد",
    "مطلع",
    "بحلول",
    "أواخر",
    "نهاية",
    "بداية",
    "منتصف",
)

#: Words before a month name that make a lone month a date (في يونيو، شهر رمضان).
MONTH_CUES: tuple[str, ...] = (
    "في",
    "خلال",
    "منذ",
    "حتى",
    "شهر",
    "بحلول",
    "طيلة",
    "طوال",
    "إلى",
    "الى",
)

#: "month" before a month name, inside the span (شهر رمضان 1440هـ).
MONTH_NOUNS: tuple[str, ...] = ("شهر",)

#: Era marks after a year.
ERA_MARKS: dict[str, str] = {
    "م": "gregorian",
    "ميلادية": "gregorian",
    "ميلادي": "gregorian",
    "للميلاد": "gregorian",
    "هـ": "hijri",
    "ه": "hijri",
    "هجرية": "hijri",
    "هجري": "hijri",
    "للهجرة": "hijri",
    "هجريا": "hijri",
    "ميلاديا": "gregorian",
}

#: Epithets written after a Hijri month name, inside the span (رمضان المبارك،
#: شعبان المعظم، محرم الحرام): they stand between the month and its year.
MONTH_EPITHETS: tuple[str, ...] = (
    "المبارك",
    "المعظم",
    "الحرام",
    "الأبرك",
    "الكريم",
    "الفضيل",
    "الخير",
    "الأنور",
    "الأصب",
    "المرجب",
    "المكرم",
    "الأغر",
)

#: Range words.
RANGE_FROM: tuple[str, ...] = ("من",)
RANGE_TO: tuple[str, ...] = ("إلى", "الى", "حتى", "لغاية", "ل", "إلى غاية", "الى غاية")
RANGE_BETWEEN: tuple[str, ...] = ("بين",)

#: "the Gregorian equivalent is" between a Hijri date and its Gregorian one, and
#: between a weekday or a deictic word and the date it names (الأحد الموافق 5
#: يوليو، الخميس الواقع فيه 2 آذار).
EQUIVALENT_WORDS: tuple[str, ...] = (
    "الموافق",
    "الموافقة",
    "المقابل",
    "الواقع فيه",
    "الواقع في",
    "الواقعة فيه",
    "الواقعة في",
)

#: Dual month nouns before two month names (شهري يوليو وأغسطس).
MONTH_PAIR_NOUNS: tuple[str, ...] = ("شهري", "الشهرين")

#: Dual year nouns before two years (بين عامي 2015 و2018).
YEAR_PAIR_NOUNS: tuple[str, ...] = ("عامي", "سنتي", "العامين", "السنتين")

#: Words before YEAR-YEAR that make it a span of years (خلال الفترة 2015-2018).
YEAR_SPAN_CUES: tuple[str, ...] = ("الفترة", "خلال", "بين", "من", "في", "للفترة", "فترة")

#: Nouns counted by a number, which make a four-digit number a count, not a year.
COUNTED_NOUNS: tuple[str, ...] = (
    "جندي",
    "شخص",
    "درهم",
    "دولار",
    "دينار",
    "ريال",
    "يورو",
    "جنيه",
    "ليرة",
    "أوقية",
    "طن",
    "كلم",
    "كيلومتر",
    "متر",
    "هكتار",
    "سائح",
    "حاج",
    "معتمر",
    "مشارك",
    "عامل",
    "موظف",
    "منصب",
    "مسكن",
    "وحدة",
    "سيارة",
    "برميل",
    "ميغاواط",
    "طالب",
    "تلميذ",
    "مقعد",
    "مليون",
    "مليار",
    "ألف",
    "نسمة",
    "لاجئ",
    "مهاجر",
    "قتيل",
    "جريح",
    "إصابة",
    "حالة",
    "مشروع",
    "شركة",
    "مؤسسة",
    "عارض",
    "زائر",
    "كتاب",
    "صفحة",
    "بئر",
    "رأس",
    "مترشح",
    "مرشح",
    "ناخب",
    "صوت",
    "منزل",
    "بيت",
    "قطعة",
)

#: Adverbs that may follow a year and end in ا like a counted noun does (في 2018 أيضا).
ADVERBS: tuple[str, ...] = (
    "أيضا",
    "تقريبا",
    "حاليا",
    "سابقا",
    "لاحقا",
    "مجددا",
    "رسميا",
    "فعليا",
    "أساسا",
    "خصوصا",
    "تحديدا",
    "إذا",
    "وهكذا",
)

#: "the same" before or after اليوم، الشهر، العام: the day, month or year of the
#: date mentioned just before (في نفس اليوم، من العام نفسه، في الشهر ذاته).
SAME_BEFORE: tuple[str, ...] = ("نفس", "ذات")
SAME_AFTER: tuple[str, ...] = ("نفسه", "نفسها", "ذاته", "ذاتها")

#: A day counted from the day date written just before, in the same passage
#: (وصل يوم 5 يوليوز وغادر في اليوم التالي): the offset in days.
ANAPHORIC_DAYS: dict[str, int] = {
    "اليوم التالي": 1,
    "اليوم الموالي": 1,
    "اليوم اللاحق": 1,
    "غداة ذلك": 1,
    "غداة ذلك اليوم": 1,
    "اليوم السابق": -1,
}

#: Before a weekday: it is the day a day written before it replaces (نقلت الجلسة إلى
#: الاثنين المقبل بدلا من الثلاثاء: the Tuesday of that week, not the last one).
REPLACEMENT_CUES: tuple[str, ...] = ("بدلا من", "بدلا عن", "عوضا عن", "عوضا من", "بدل", "عوض")

#: After a weekday: the first such weekday after the day date written just before
#: (وصل يوم 5 يوليوز وغادر يوم الأحد الموالي).
FOLLOWING_AFTER_WEEKDAY: tuple[str, ...] = (
    "الموالي",
    "التالي",
    "اللاحق",
    "الذي يليه",
    "الذي تلاه",
)

#: Words before DAY منه ("day N of it", the month of the date before: في 9 منه).
OF_IT_CUES: tuple[str, ...] = ("في", "يوم", "بتاريخ", "حتى", "منذ", "إلى", "ليلة", "صباح", "مساء")

#: Words before a date, in its sentence, that speak of the future: a yearless
#: date after them keeps its nearest year (see docs/dates.md, "Years from the text").
FUTURE_CUES: tuple[str, ...] = (
    "سوف",
    "المقرر",
    "المقررة",
    "المرتقب",
    "المرتقبة",
    "المنتظر",
    "المنتظرة",
    "المزمع",
    "المزمعة",
    "المقبل",
    "المقبلة",
    "القادم",
    "القادمة",
)

#: Nouns that make the date right after them part of a name, not a date of the
#: timeline, written year or not: alliances and movements (قوى 14 آذار، حركة 20
#: فبراير) and places (مدينة 6 أكتوبر، جسر، ساحة 7 نوفمبر، ملعب 5 جويلية).
#: Such dates are left out of the results.
NAME_CUES: tuple[str, ...] = (
    "قوى",
    "تيار",
    "تحالف",
    "حركة",
    "مدينة",
    "جسر",
    "ساحة",
    "شارع",
    "ملعب",
    "مطار",
    "حي",
    "جامعة",
    "مستشفى",
    "مدرسة",
    "ميدان",
    "نفق",
)

#: Nouns after which a date without a written year names a past event or a
#: recurring day (ثورة 25 يناير، حرب السادس من أكتوبر، ذكرى 25 يناير، عيد 14
#: جويلية): left out of the results; with its year (ثورة الفاتح من نوفمبر 1954)
#: the date is the event's and stays.
ANNIVERSARY_CUES: tuple[str, ...] = (
    "ثورة",
    "انتفاضة",
    "حرب",
    "معركة",
    "حراك",
    "ذكرى",
    "الذكرى",
    "عيد",
    "أحداث",
)

#: "dated": before a day and month in digits without a year, they make it a date
#: (بتاريخ 22/04).
DATE_NOUNS: tuple[str, ...] = ("بتاريخ", "تاريخ", "وبتاريخ")

#: Words before a day and month in digits without a year that make it a date with
#: any separator (يوم 22-4); a weekday before does too. A dash between two single
#: digits after them is a score (الأحد 3-1) unless the cue is a date noun or الموافق.
DAY_MONTH_CUES: tuple[str, ...] = ("يوم", "اليوم", "ليوم")

#: Words before a date in digits after which only a slash makes it one (في 22/04):
#: a score (في 2-1) or a dotted number (في 2016.7 من) is read with other marks.
SLASH_DATE_CUES: tuple[str, ...] = ("في", "وفي", "منذ", "خلال")

#: Nouns before a numbered text (a law, a decree, an issue): the number after them
#: is no month and year (القرار رقم 11/2017، العدد 5-2019، القرار 12/2018).
NUMBER_NOUNS: tuple[str, ...] = (
    "رقم",
    "برقم",
    "بالرقم",
    "عدد",
    "العدد",
    "القانون",
    "المرسوم",
    "القرار",
    "الظهير",
    "الأمر",
    "المنشور",
)

#: Words a date phrase may open with that change nothing of its value: ``parse_date``
#: reads the date after them (في الثاني من أبريل، يوم الأحد 12 أيار، بتاريخ 12/3/2019).
PHRASE_OPENERS: tuple[str, ...] = (
    "في",
    "وفي",
    "يوم",
    "ويوم",
    "خلال",
    "بتاريخ",
    "وبتاريخ",
    "تاريخ",
    "طيلة",
    "طوال",
    "الموافق",
)

#: Words after a fraction in digits that make it no date (في 1/8 النهائي).
NOT_DATE_AFTER_FRACTION: tuple[str, ...] = ("النهائي", "نهائي")

#: Times of day before الغد that make it "tomorrow" (صباح الغد، مساء الغد).
TIME_OF_DAY_NOUNS: tuple[str, ...] = ("صباح", "مساء", "ظهر", "عصر", "ليلة", "فجر", "ضحى")

#: Things that happen on a day, before الغد in a construct (جلسة الغد، مباراة الغد):
#: الغد is then tomorrow. Nouns of a time to come are not here (جيل الغد، عالم الغد،
#: شباب الغد: "the future").
DAY_EVENT_NOUNS: tuple[str, ...] = (
    "جلسة",
    "جلسات",
    "اجتماع",
    "اجتماعات",
    "لقاء",
    "لقاءات",
    "مباراة",
    "مباريات",
    "قمة",
    "مسيرة",
    "مسيرات",
    "مظاهرة",
    "مظاهرات",
    "تظاهرة",
    "وقفة",
    "إضراب",
    "اقتراع",
    "انتخابات",
    "امتحان",
    "امتحانات",
    "مؤتمر",
    "ندوة",
    "حفل",
    "احتفال",
    "احتفالات",
    "مواجهة",
    "مناظرة",
    "زيارة",
    "رحلة",
    "موعد",
    "سباق",
    "عرض",
    "صلاة",
    "محاكمة",
    "مفاوضات",
    "محادثات",
    "مشاورات",
)
