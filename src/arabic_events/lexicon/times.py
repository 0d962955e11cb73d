"""Words of times of day, time zones and durations.

Data only; ``dates/times.py`` turns these tables into rules. Spellings are
written as the news writes them; they are normalized like the text when the
rules are built (hamza on alef, final ة and diacritics are folded), so one
spelling covers مساءً and مساء، إلّا and الا.

The hours a part of the day stands for are in ``types.DAY_PART_HOURS``.
"""

from __future__ import annotations

#: Hours said as words (الساعة العاشرة، في الحادية عشرة).
HOUR_WORDS: dict[str, int] = {
    "الواحدة": 1,
    "الثانية": 2,
    "الثالثة": 3,
    "الرابعة": 4,
    "الخامسة": 5,
    "السادسة": 6,
    "السابعة": 7,
    "الثامنة": 8,
    "التاسعة": 9,
    "العاشرة": 10,
    "الحادية عشرة": 11,
    "الحادية عشر": 11,
    "الحاديه عشره": 11,
    "الثانية عشرة": 12,
    "الثانية عشر": 12,
}

#: Nouns that introduce a clock time (الساعة العاشرة، تمام الساعة 15:30).
HOUR_NOUNS: tuple[str, ...] = ("الساعة", "ساعة")

#: Words before a clock time that make it approximate (حوالي الساعة العاشرة).
APPROXIMATE_CUES: tuple[str, ...] = (
    "حوالي",
    "حوالى",
    "نحو",
    "قرابة",
    "قرابه",
    "حدود",
    "زهاء",
)

#: Words before a clock time that make it exact; they are taken into its span.
EXACT_CUES: tuple[str, ...] = ("تمام",)

#: Minutes said after the hour (العاشرة والنصف، الحادية عشرة إلا ربعا).
MINUTE_FRACTIONS: dict[str, int] = {
    "والنصف": 30,
    "ونصف": 30,
    "والربع": 15,
    "وربع": 15,
    "والثلث": 20,
    "وثلث": 20,
    "إلا ربعا": -15,
    "إلا ربع": -15,
    "إلا الربع": -15,
    "إلا ثلثا": -20,
    "إلا ثلث": -20,
    "إلا الثلث": -20,
    "إلا خمس دقائق": -5,
    "إلا عشر دقائق": -10,
    "وخمس دقائق": 5,
    "وعشر دقائق": 10,
    "وخمس وعشرون دقيقة": 25,
}

#: Minute nouns after "و N" (العاشرة و20 دقيقة).
MINUTE_NOUNS: tuple[str, ...] = ("دقيقة", "دقائق")

#: Letters written between hour and minutes in Maghrebi copy (10h30، 10س30), and ":".
CLOCK_SEPARATORS: dict[str, str] = {":": ":", "h": "h", "H": "h", "س": "h", "سا": "h"}

#: Words after a clock time that say which half of the day it is in:
#: ``(rule, part)``. ``rule`` is ``am`` (hours as written, 12 → 0), ``pm`` (1–11
#: gain 12), ``noon`` (11 and 12 as written, 1–10 gain 12) or ``night`` (6–11
#: gain 12, 12 → 0, 1–5 as written).
MERIDIEM_WORDS: dict[str, tuple[str, str]] = {
    "صباحا": ("am", "morning"),
    "صباح": ("am", "morning"),
    "فجرا": ("am", "morning"),
    "قبل الزوال": ("am", "morning"),
    "قبل الظهر": ("am", "morning"),
    "ظهرا": ("noon", "noon"),
    "زوالا": ("noon", "noon"),
    "بعد الزوال": ("pm", "afternoon"),
    "بعد الظهر": ("pm", "afternoon"),
    "بعد الظهيرة": ("pm", "afternoon"),
    "عصرا": ("pm", "afternoon"),
    "مساء": ("pm", "evening"),
    "مساءا": ("pm", "evening"),
    "ليلا": ("night", "night"),
}

#: Parts of the day as nouns before a date (صباح اليوم، مساء أمس، ليلة الخميس),
#: and after a clock time with من (الثامنة من مساء الغد).
DAY_PART_NOUNS: dict[str, str] = {
    "صباح": "morning",
    "صبيحة": "morning",
    "فجر": "morning",
    "ضحى": "morning",
    "قبل ظهر": "morning",
    "قبيل ظهر": "morning",
    "ظهر": "noon",
    "ظهيرة": "noon",
    "زوال": "noon",
    "بعد ظهر": "afternoon",
    "بعد زوال": "afternoon",
    "عصر": "afternoon",
    "عشية": "afternoon",
    "مساء": "evening",
    "ليلة": "night",
    "ليل": "night",
}

#: Parts of the day said alone, as adverbs (وصل صباحا) or with the article
#: (منذ الصباح): a time of day with no clock time.
DAY_PART_ALONE: dict[str, str] = {
    "صباحا": "morning",
    "الصباح": "morning",
    "فجرا": "morning",
    "الفجر": "morning",
    "ظهرا": "noon",
    "الظهيرة": "noon",
    "زوالا": "noon",
    "عصرا": "afternoon",
    "العصر": "afternoon",
    "مساء": "evening",
    "مساءا": "evening",
    "المساء": "evening",
    "ليلا": "night",
}

#: Words that make a lone part of the day an idiom, not a time (ليلا ونهارا، صباحا ومساء).
DAY_PART_IDIOM_WORDS: tuple[str, ...] = (
    "نهارا",
    "ونهارا",
    "ومساء",
    "وصباحا",
    "وليلا",
    "الخير",
    "النور",
)

#: "Tomorrow" and "yesterday" words that are dates only after a part of the day
#: (في الثامنة من مساء الغد): days from the reference.
PART_RELATIVE_DAYS: dict[str, int] = {"الغد": 1, "غد": 1, "أمس": -1, "الأمس": -1}

#: Clock times said as words: ``(hour, minute)``.
NAMED_TIMES: dict[str, tuple[int, int]] = {
    "منتصف الليل": (0, 0),
    "منتصف ليل": (0, 0),
    "منتصف النهار": (12, 0),
}

#: Vague times: the part of the day they fall in; the value is approximate.
VAGUE_TIMES: dict[str, str] = {
    "الساعات الأولى من صباح": "morning",
    "الساعات الأولى من الصباح": "morning",
    "الساعات الأولى من فجر": "morning",
    "ساعة متأخرة من الليل": "night",
    "ساعة متأخرة من ليل": "night",
    "ساعة متأخرة من مساء": "night",
    "وقت متأخر من الليل": "night",
    "وقت متأخر من ليل": "night",
    "وقت متأخر من مساء": "night",
    "وقت مبكر من صباح": "morning",
}

#: Words that join a time to the date before it into one mention (… 2026 على الساعة 11).
TIME_JOINERS: tuple[str, ...] = ("على", "في", "عند", "ابتداء من", "انطلاقا من")

#: Words between a time and the date after it (التاسعة صباحا من يوم الجمعة).
TIME_DATE_LINKS: tuple[str, ...] = ("من", "يوم", "من يوم", "ليوم")

#: Words that open a range of times, and that close it.
RANGE_FROM: tuple[str, ...] = ("من", "ابتداء من", "بداية من", "انطلاقا من")
RANGE_TO: tuple[str, ...] = ("إلى", "الى", "حتى", "وحتى", "وإلى", "لغاية", "إلى غاية", "الى غاية")
RANGE_BETWEEN: tuple[str, ...] = ("بين", "ما بين")

# --- time zones -----------------------------------------------------------------

#: Words that name a time zone after them (بتوقيت مكة المكرمة، حسب توقيت القاهرة).
ZONE_NOUNS: tuple[str, ...] = ("بتوقيت", "توقيت", "حسب توقيت", "وفق توقيت", "بالتوقيت")

#: Zones with a fixed offset from UTC.
FIXED_ZONES: dict[str, str] = {
    "غرينتش": "+00:00",
    "غرينيتش": "+00:00",
    "جرينتش": "+00:00",
    "جرينيتش": "+00:00",
    "غرينتيش": "+00:00",
    "قرينتش": "+00:00",
    "العالمي": "+00:00",
    "العالمي الموحد": "+00:00",
    "GMT": "+00:00",
    "UTC": "+00:00",
    "gmt": "+00:00",
    "utc": "+00:00",
}

#: The phrase of a zone given by the event's place (بالتوقيت المحلي).
LOCAL_ZONE: tuple[str, ...] = ("بالتوقيت المحلي", "بالتوقيت المحلي للبلاد", "بتوقيت محلي")

#: Places whose local time news gives (بتوقيت مكة المكرمة): spelling → IANA zone.
#: Also used for بالتوقيت المحلي, through the place the event is in.
ZONE_PLACES: dict[str, str] = {
    "مكة المكرمة": "Asia/Riyadh",
    "مكة": "Asia/Riyadh",
    "الرياض": "Asia/Riyadh",
    "السعودية": "Asia/Riyadh",
    "المملكة العربية السعودية": "Asia/Riyadh",
    "جدة": "Asia/Riyadh",
    "القاهرة": "Africa/Cairo",
    "مصر": "Africa/Cairo",
    "الرباط": "Africa/Casablanca",
    "المغرب": "Africa/Casablanca",
    "الدار البيضاء": "Africa/Casablanca",
    "مراكش": "Africa/Casablanca",
    "طنجة": "Africa/Casablanca",
    "الجزائر": "Africa/Algiers",
    "الجزائر العاصمة": "Africa/Algiers",
    "وهران": "Africa/Algiers",
    "تونس": "Africa/Tunis",
    "ليبيا": "Africa/Tripoli",
    "طرابلس": "Africa/Tripoli",
    "بنغازي": "Africa/Tripoli",
    "نواكشوط": "Africa/Nouakchott",
    "موريتانيا": "Africa/Nouakchott",
    "الخرطوم": "Africa/Khartoum",
    "السودان": "Africa/Khartoum",
    "بغداد": "Asia/Baghdad",
    "العراق": "Asia/Baghdad",
    "دمشق": "Asia/Damascus",
    "سوريا": "Asia/Damascus",
    "سورية": "Asia/Damascus",
    "بيروت": "Asia/Beirut",
    "لبنان": "Asia/Beirut",
    "الأردن": "Asia/Amman",
    "الكويت": "Asia/Kuwait",
    "الدوحة": "Asia/Qatar",
    "قطر": "Asia/Qatar",
    "المنامة": "Asia/Bahrain",
    "البحرين": "Asia/Bahrain",
    "أبوظبي": "Asia/Dubai",
    "أبو ظبي": "Asia/Dubai",
    "دبي": "Asia/Dubai",
    "الإمارات": "Asia/Dubai",
    "مسقط": "Asia/Muscat",
    "صنعاء": "Asia/Aden",
    "اليمن": "Asia/Aden",
    "عدن": "Asia/Aden",
    "جيبوتي": "Africa/Djibouti",
    "مقديشو": "Africa/Mogadishu",
    "الصومال": "Africa/Mogadishu",
    "أنقرة": "Europe/Istanbul",
    "إسطنبول": "Europe/Istanbul",
    "تركيا": "Europe/Istanbul",
    "طهران": "Asia/Tehran",
    "إيران": "Asia/Tehran",
    "باريس": "Europe/Paris",
    "فرنسا": "Europe/Paris",
    "لندن": "Europe/London",
    "بريطانيا": "Europe/London",
    "برلين": "Europe/Berlin",
    "مدريد": "Europe/Madrid",
    "روما": "Europe/Rome",
    "بروكسل": "Europe/Brussels",
    "جنيف": "Europe/Zurich",
    "موسكو": "Europe/Moscow",
    "واشنطن": "America/New_York",
    "نيويورك": "America/New_York",
    "بكين": "Asia/Shanghai",
    "طوكيو": "Asia/Tokyo",
}

# --- durations ------------------------------------------------------------------

#: Duration units: spelling → (ISO 8601 designator, is a time unit, count implied
#: by the word: 2 for a dual, 1 for a singular, 0 when a number must precede it).
DURATION_UNITS: dict[str, tuple[str, bool, int]] = {
    "دقيقة": ("M", True, 1),
    "دقائق": ("M", True, 0),
    "دقيقتين": ("M", True, 2),
    "دقيقتان": ("M", True, 2),
    "ساعة": ("H", True, 1),
    "ساعات": ("H", True, 0),
    "ساعتين": ("H", True, 2),
    "ساعتان": ("H", True, 2),
    "يوم": ("D", False, 1),
    "يوما": ("D", False, 0),
    "أيام": ("D", False, 0),
    "يومين": ("D", False, 2),
    "يومان": ("D", False, 2),
    "أسبوع": ("W", False, 1),
    "أسبوعا": ("W", False, 0),
    "أسابيع": ("W", False, 0),
    "أسبوعين": ("W", False, 2),
    "أسبوعان": ("W", False, 2),
    "شهر": ("M", False, 1),
    "شهرا": ("M", False, 0),
    "أشهر": ("M", False, 0),
    "شهور": ("M", False, 0),
    "شهرين": ("M", False, 2),
    "شهران": ("M", False, 2),
    "سنة": ("Y", False, 1),
    "سنوات": ("Y", False, 0),
    "سنين": ("Y", False, 0),
    "سنتين": ("Y", False, 2),
    "سنتان": ("Y", False, 2),
    "عام": ("Y", False, 1),
    "عاما": ("Y", False, 0),
    "أعوام": ("Y", False, 0),
    "عامين": ("Y", False, 2),
    "عامان": ("Y", False, 2),
}

#: Words before a duration, taken into its span (لمدة ثلاثة أيام، على مدى يومين).
DURATION_CUES: tuple[str, ...] = (
    "لمدة",
    "مدة",
    "لفترة",
    "على مدى",
    "على مدار",
    "طيلة",
    "طوال",
    "طيلة مدة",
    "طوال مدة",
)

#: Fractions of an hour said before the unit (ربع ساعة، نصف ساعة): minutes.
DURATION_FRACTIONS: dict[str, int] = {"ربع": 15, "نصف": 30, "ثلث": 20, "ثلاثة أرباع": 45}

#: A half after a unit (ساعة ونصف، يومين ونصف).
DURATION_HALVES: tuple[str, ...] = ("ونصف", "والنصف")

#: Words before a count and unit that make them a date, not a duration (قبل ثلاثة أيام).
NOT_DURATION_BEFORE: tuple[str, ...] = (
    "قبل",
    "بعد",
    "منذ",
    "خلال",
    "غضون",
    "في غضون",
    "آخر",
    "أول",
)
