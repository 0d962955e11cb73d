"""Holidays and named days: religious feasts, Christian holidays, national days.

Data only, one entry a line. Each :class:`Holiday` row says how a name written
in news copy is resolved to a calendar day; ``dates/holidays.py`` does the
arithmetic. Spellings are clitic-free, written as in text (hamza, ة, the
article) like the month names of ``months.py``: matching folds hamza forms, ى/ي
and a final ة/ه, and a clitic (و، ب، ل، ف) before the name is the grammar's to
strip. Multi-word names are written with single spaces.

Conventions (docs/dates.md, "Holidays and calendar structure"):

- A Hijri holiday is its day in the Umm al-Qura calendar. ``days`` is the
  length of the feast when the text speaks of its days (أيام عيد الفطر: 1–3
  Shawwal; أيام عيد الأضحى: 10–13 Dhu al-Hijja, the feast and the three days of
  tashriq); the name alone (عيد الفطر) is its first day.
- ``rule`` names the days that are neither a fixed Gregorian nor a fixed Hijri
  date: Easter, western or orthodox (:data:`EASTER_WESTERN`,
  :data:`EASTER_ORTHODOX`), ``offset`` days after it (شم النسيم: the Monday
  after orthodox Easter).
- ``country`` (ISO 3166 alpha-2) is set on national days and on the entries
  that only hold in one country. A name written with several rows (عيد
  الاستقلال) needs its country from the text; the row without a country, when
  there is one, holds everywhere else.
- ``first_year``/``last_year`` bound the years a date held (عيد العرش moved
  with the reign; the Omani national day moved in 2025).
- ``owh_name`` is the English name the optional ``holidays`` package
  (extra ``[holidays]``) gives the day, to read a country's observed date.

National days were checked against the ``holidays`` package (0.109) and public
pages: see the comment on each row. Rows marked ``unverified`` could not be
checked against a reliable source.
"""

from __future__ import annotations

from typing import NamedTuple

from ..types import Calendar

G = Calendar.GREGORIAN
H = Calendar.HIJRI

#: ``Holiday.rule`` values: Easter Sunday by the western (Gregorian) or the
#: orthodox (Julian) computus, as :func:`dateutil.easter.easter` gives them.
EASTER_WESTERN = "easter-western"
EASTER_ORTHODOX = "easter-orthodox"


class Holiday(NamedTuple):
    """One spelling of a holiday and how it resolves."""

    key: str
    """A stable ASCII name of the holiday (one key, many spellings)."""
    spelling: str
    """The name as written, without clitics."""
    calendar: Calendar
    month: int
    """Month of ``calendar`` (0 with a ``rule``)."""
    day: int
    """Day of the month (0 with a ``rule``)."""
    days: int = 1
    """Days of the feast when the text speaks of its days (أيام العيد)."""
    country: str | None = None
    rule: str | None = None
    offset: int = 0
    """Days after the ``rule``'s day."""
    first_year: int | None = None
    last_year: int | None = None
    owh_name: str | None = None


HOLIDAYS: tuple[Holiday, ...] = (
    # --- Islamic (Hijri month and day) ---
    Holiday("eid-al-fitr", "عيد الفطر", H, 10, 1, 3, owh_name="Eid al-Fitr"),
    Holiday("eid-al-fitr", "عيد الفطر المبارك", H, 10, 1, 3, owh_name="Eid al-Fitr"),
    Holiday("eid-al-fitr", "العيد الصغير", H, 10, 1, 3, owh_name="Eid al-Fitr"),
    Holiday("eid-al-adha", "عيد الأضحى", H, 12, 10, 4, owh_name="Eid al-Adha"),
    Holiday("eid-al-adha", "عيد الأضحى المبارك", H, 12, 10, 4, owh_name="Eid al-Adha"),
    Holiday("eid-al-adha", "العيد الكبير", H, 12, 10, 4, owh_name="Eid al-Adha"),
    Holiday("eid-al-adha", "عيد النحر", H, 12, 10, 4, owh_name="Eid al-Adha"),
    Holiday("arafah", "يوم عرفة", H, 12, 9, owh_name="Day of Arafah"),
    Holiday("arafah", "يوم عرفات", H, 12, 9, owh_name="Day of Arafah"),
    Holiday("arafah", "وقفة عرفة", H, 12, 9, owh_name="Day of Arafah"),
    Holiday("hijri-new-year", "رأس السنة الهجرية", H, 1, 1, owh_name="Islamic New Year"),
    Holiday("hijri-new-year", "السنة الهجرية الجديدة", H, 1, 1, owh_name="Islamic New Year"),
    Holiday("hijri-new-year", "العام الهجري الجديد", H, 1, 1, owh_name="Islamic New Year"),
    Holiday("ashura", "عاشوراء", H, 1, 10, owh_name="Ashura"),
    Holiday("ashura", "يوم عاشوراء", H, 1, 10, owh_name="Ashura"),
    Holiday("arbaeen", "زيارة الأربعين", H, 2, 20),
    Holiday("mawlid", "المولد النبوي", H, 3, 12, owh_name="Prophet's Birthday"),
    Holiday("mawlid", "المولد النبوي الشريف", H, 3, 12, owh_name="Prophet's Birthday"),
    Holiday("mawlid", "عيد المولد النبوي", H, 3, 12, owh_name="Prophet's Birthday"),
    Holiday("mawlid", "ذكرى المولد النبوي", H, 3, 12, owh_name="Prophet's Birthday"),
    Holiday("isra-miraj", "الإسراء والمعراج", H, 7, 27, owh_name="Isra' and Mi'raj"),
    Holiday("isra-miraj", "ليلة الإسراء والمعراج", H, 7, 27, owh_name="Isra' and Mi'raj"),
    Holiday("isra-miraj", "ذكرى الإسراء والمعراج", H, 7, 27, owh_name="Isra' and Mi'raj"),
    Holiday("mid-shaaban", "ليلة النصف من شعبان", H, 8, 15),
    Holiday("ramadan-start", "أول رمضان", H, 9, 1),
    Holiday("ramadan-start", "أول أيام رمضان", H, 9, 1),
    Holiday("ramadan-start", "أول أيام شهر رمضان", H, 9, 1),
    Holiday("ramadan-start", "أول يوم من رمضان", H, 9, 1),
    Holiday("laylat-al-qadr", "ليلة القدر", H, 9, 27),
    # --- Christian ---
    Holiday("christmas", "عيد الميلاد", G, 12, 25, owh_name="Christmas Day"),
    Holiday("christmas", "عيد الميلاد المجيد", G, 12, 25, owh_name="Christmas Day"),
    Holiday("christmas", "الكريسماس", G, 12, 25, owh_name="Christmas Day"),
    Holiday("christmas", "عيد الميلاد الغربي", G, 12, 25, owh_name="Christmas Day"),
    # Egypt: عيد الميلاد المجيد is the Coptic one
    Holiday("coptic-christmas", "عيد الميلاد المجيد", G, 1, 7, country="EG"),
    Holiday("coptic-christmas", "عيد الميلاد الشرقي", G, 1, 7),
    Holiday("coptic-christmas", "عيد الميلاد القبطي", G, 1, 7),
    Holiday("coptic-christmas", "عيد الميلاد لدى الطوائف الشرقية", G, 1, 7),
    Holiday("easter", "عيد الفصح", G, 0, 0, rule=EASTER_WESTERN),
    Holiday("easter", "عيد الفصح المجيد", G, 0, 0, rule=EASTER_WESTERN),
    Holiday("easter", "عيد الفصح الغربي", G, 0, 0, rule=EASTER_WESTERN),
    Holiday("orthodox-easter", "عيد الفصح الشرقي", G, 0, 0, rule=EASTER_ORTHODOX),
    Holiday("orthodox-easter", "عيد الفصح الأرثوذكسي", G, 0, 0, rule=EASTER_ORTHODOX),
    Holiday("orthodox-easter", "عيد القيامة", G, 0, 0, rule=EASTER_ORTHODOX),
    Holiday("orthodox-easter", "عيد القيامة المجيد", G, 0, 0, rule=EASTER_ORTHODOX),
    Holiday("sham-el-nessim", "شم النسيم", G, 0, 0, country="EG", rule=EASTER_ORTHODOX, offset=1),
    Holiday("palm-sunday", "أحد الشعانين", G, 0, 0, rule=EASTER_WESTERN, offset=-7),
    Holiday("good-friday", "الجمعة العظيمة", G, 0, 0, rule=EASTER_WESTERN, offset=-2),
    # --- Gregorian new year and international days ---
    Holiday("new-year", "رأس السنة الميلادية", G, 1, 1, owh_name="New Year's Day"),
    Holiday("new-year", "السنة الميلادية الجديدة", G, 1, 1, owh_name="New Year's Day"),
    Holiday("new-year", "العام الميلادي الجديد", G, 1, 1, owh_name="New Year's Day"),
    Holiday("new-year-eve", "ليلة رأس السنة", G, 12, 31),
    Holiday("labour-day", "عيد العمال", G, 5, 1),
    Holiday("labour-day", "عيد الشغل", G, 5, 1),  # the Maghreb
    Holiday("labour-day", "عيد العمال العالمي", G, 5, 1),
    Holiday("mothers-day", "عيد الأم", G, 3, 21),  # the Arab East; unverified for the Maghreb
    Holiday("amazigh-new-year", "رأس السنة الأمازيغية", G, 1, 12, country="DZ"),  # holidays
    Holiday("amazigh-new-year", "رأس السنة الأمازيغية", G, 1, 14, country="MA", first_year=2024),
    # --- Morocco (holidays 0.109: Throne Day, Green March, Independence Day …) ---
    Holiday("ma-throne", "عيد العرش", G, 7, 30, country="MA", first_year=2000),
    Holiday("ma-throne", "عيد العرش", G, 3, 3, country="MA", last_year=1999),  # unverified
    Holiday("ma-green-march", "ذكرى المسيرة الخضراء", G, 11, 6, country="MA"),
    Holiday("ma-green-march", "المسيرة الخضراء", G, 11, 6, country="MA"),
    Holiday("ma-independence", "عيد الاستقلال", G, 11, 18, country="MA"),
    Holiday("ma-king-people", "ثورة الملك والشعب", G, 8, 20, country="MA"),
    Holiday("ma-king-people", "ذكرى ثورة الملك والشعب", G, 8, 20, country="MA"),
    Holiday("ma-youth", "عيد الشباب", G, 8, 21, country="MA"),
    Holiday("ma-manifesto", "ذكرى تقديم وثيقة الاستقلال", G, 1, 11, country="MA"),
    Holiday("ma-oued-eddahab", "ذكرى استرجاع إقليم وادي الذهب", G, 8, 14, country="MA"),
    # --- Algeria (holidays 0.109: Independence Day 5 Jul, Revolution Day 1 Nov) ---
    Holiday("dz-independence", "عيد الاستقلال", G, 7, 5, country="DZ"),
    Holiday("dz-independence", "عيد الاستقلال والشباب", G, 7, 5, country="DZ"),
    Holiday("dz-revolution", "عيد الثورة", G, 11, 1, country="DZ"),
    Holiday("dz-revolution", "ذكرى اندلاع الثورة التحريرية", G, 11, 1, country="DZ"),
    Holiday("dz-revolution", "عيد الثورة التحريرية", G, 11, 1, country="DZ"),
    # --- Tunisia (holidays 0.109) ---
    Holiday("tn-independence", "عيد الاستقلال", G, 3, 20, country="TN"),
    Holiday("tn-republic", "عيد الجمهورية", G, 7, 25, country="TN"),
    Holiday("tn-martyrs", "عيد الشهداء", G, 4, 9, country="TN"),
    Holiday("tn-evacuation", "عيد الجلاء", G, 10, 15, country="TN"),
    Holiday("tn-women", "عيد المرأة", G, 8, 13, country="TN"),
    # --- Egypt (holidays 0.109) ---
    Holiday("eg-july-revolution", "عيد الثورة", G, 7, 23, country="EG"),
    Holiday("eg-july-revolution", "ثورة 23 يوليو", G, 7, 23, country="EG"),
    Holiday("eg-sinai", "عيد تحرير سيناء", G, 4, 25, country="EG"),
    Holiday("eg-armed-forces", "عيد القوات المسلحة", G, 10, 6, country="EG"),
    # --- The Gulf (holidays 0.109; Oman also public pages) ---
    Holiday("sa-national", "اليوم الوطني السعودي", G, 9, 23, country="SA"),
    Holiday("sa-national", "اليوم الوطني", G, 9, 23, country="SA"),
    Holiday("sa-founding", "يوم التأسيس", G, 2, 22, country="SA", first_year=2022),
    Holiday("ae-national", "اليوم الوطني الإماراتي", G, 12, 2, country="AE"),
    Holiday("ae-national", "اليوم الوطني", G, 12, 2, country="AE"),
    Holiday("ae-national", "عيد الاتحاد", G, 12, 2, country="AE"),
    Holiday("qa-national", "اليوم الوطني القطري", G, 12, 18, country="QA"),
    Holiday("qa-national", "اليوم الوطني", G, 12, 18, country="QA"),
    Holiday("kw-national", "العيد الوطني الكويتي", G, 2, 25, country="KW"),
    Holiday("kw-national", "العيد الوطني", G, 2, 25, country="KW"),
    Holiday("kw-liberation", "عيد التحرير", G, 2, 26, country="KW"),
    Holiday("bh-national", "العيد الوطني البحريني", G, 12, 16, country="BH"),
    Holiday("bh-national", "العيد الوطني", G, 12, 16, country="BH"),
    Holiday("om-national", "العيد الوطني العماني", G, 11, 18, country="OM", last_year=2024),
    Holiday("om-national", "العيد الوطني العماني", G, 11, 20, country="OM", first_year=2025),
    Holiday("om-national", "العيد الوطني", G, 11, 18, country="OM", last_year=2024),
    Holiday("om-national", "العيد الوطني", G, 11, 20, country="OM", first_year=2025),
    # --- The Levant and Iraq ---
    Holiday("jo-independence", "عيد الاستقلال", G, 5, 25, country="JO"),  # holidays
    Holiday("jo-accession", "عيد الجلوس", G, 6, 9, country="JO", first_year=1999),  # pages
    Holiday("jo-accession", "عيد الجلوس الملكي", G, 6, 9, country="JO", first_year=1999),
    Holiday("lb-independence", "عيد الاستقلال", G, 11, 22, country="LB"),  # holidays
    Holiday("sy-evacuation", "عيد الجلاء", G, 4, 17, country="SY"),  # holidays
    Holiday("sy-evacuation", "عيد الاستقلال", G, 4, 17, country="SY"),
    Holiday("ps-independence", "إعلان الاستقلال", G, 11, 15, country="PS"),  # holidays
    Holiday("ps-independence", "عيد الاستقلال", G, 11, 15, country="PS"),
    Holiday("iq-national", "اليوم الوطني العراقي", G, 10, 3, country="IQ"),  # pages
    Holiday("iq-national", "اليوم الوطني", G, 10, 3, country="IQ"),
    # --- Libya, Sudan, Yemen, Mauritania (holidays 0.109) ---
    Holiday("ly-independence", "عيد الاستقلال", G, 12, 24, country="LY"),
    Holiday("sd-independence", "عيد الاستقلال", G, 1, 1, country="SD"),
    Holiday("ye-unity", "عيد الوحدة", G, 5, 22, country="YE", first_year=1990),
    Holiday("ye-unity", "عيد الوحدة اليمنية", G, 5, 22, country="YE", first_year=1990),
    Holiday("mr-independence", "عيد الاستقلال", G, 11, 28, country="MR"),
)

#: The names the date grammar reads, each once (a name several rows share, like
#: عيد الاستقلال, is resolved with the country the text gives). A name written
#: with digits (ثورة 23 يوليو) is left to the date it contains, read as a name, and
#: the first day of Ramadan (أول أيام شهر رمضان) to the month rule, which reads
#: the month with the year written after it.
HOLIDAY_NAMES: dict[str, str] = {
    h.spelling: h.spelling
    for h in HOLIDAYS
    if not any(c.isdigit() for c in h.spelling) and h.key != "ramadan-start"
}

#: Names of a night (ليلة القدر): a Hijri day begins at sunset, so the night of a
#: Hijri day is the evening of the Gregorian day before, the day its events fall on.
NIGHT_WORDS: tuple[str, ...] = ("ليلة",)

#: Names of an event as much as of its day (المسيرة الخضراء of 1975, ثورة الملك
#: والشعب of 1953): a date only after a word of the anniversary (ذكرى، بمناسبة،
#: إحياء، تخليد، احتفال، عيد …).
EVENT_NAMES: tuple[str, ...] = (
    "المسيرة الخضراء",
    "ثورة الملك والشعب",
    "إعلان الاستقلال",
    "الإسراء والمعراج",
)

#: Words right before an event name that make it its day (بمناسبة المسيرة الخضراء).
ANNIVERSARY_WORDS: tuple[str, ...] = (
    "ذكرى",
    "الذكرى",
    "مناسبة",
    "إحياء",
    "تخليد",
    "تخليدا",
    "احتفال",
    "احتفالا",
    "الاحتفال",
    "احتفالات",
    "الاحتفالات",
    "عيد",
    "يوم",
    "ليلة",
)

#: Words that make a holiday named without its year a time of the text's timeline
#: (في عيد الفطر، خلال عطلة عيد الأضحى، قبيل ليلة القدر). Without one, a year-less
#: name is the occasion a sentence is about (بمناسبة عيد العرش، عيد الأضحى سيكون يوم
#: الأحد، إحياء ليلة القدر, a holiday's dates announced), not a date: its day, when
#: it matters, is written beside it.
TIME_CUES: tuple[str, ...] = (
    "في",
    "خلال",
    "قبل",
    "قبيل",
    "بعد",
    "بعيد",
    "منذ",
    "حتى",
    "طيلة",
    "طوال",
    "بحلول",
    "حلول",
    "مع",
    "إلى",
    "غاية",
)

#: Adjectives and country names that say whose national day a name is (اليوم
#: الوطني السعودي، عيد استقلال الجزائر): ISO 3166 alpha-2 code.
COUNTRY_WORDS: dict[str, str] = {
    "المغربي": "MA",
    "المغرب": "MA",
    "المملكة المغربية": "MA",
    "الجزائري": "DZ",
    "الجزائر": "DZ",
    "التونسي": "TN",
    "تونس": "TN",
    "المصري": "EG",
    "مصر": "EG",
    "السعودي": "SA",
    "السعودية": "SA",
    "المملكة العربية السعودية": "SA",
    "الإماراتي": "AE",
    "الإمارات": "AE",
    "القطري": "QA",
    "قطر": "QA",
    "الكويتي": "KW",
    "الكويت": "KW",
    "البحريني": "BH",
    "البحرين": "BH",
    "العماني": "OM",
    "عمان": "OM",  # also the Jordanian capital عمّان: only after a holiday name
    "سلطنة عمان": "OM",
    "الأردني": "JO",
    "الأردن": "JO",
    "اللبناني": "LB",
    "لبنان": "LB",
    "السوري": "SY",
    "سوريا": "SY",
    "سورية": "SY",
    "الفلسطيني": "PS",
    "فلسطين": "PS",
    "العراقي": "IQ",
    "العراق": "IQ",
    "الليبي": "LY",
    "ليبيا": "LY",
    "السوداني": "SD",
    "السودان": "SD",
    "اليمني": "YE",
    "اليمن": "YE",
    "الموريتاني": "MR",
    "موريتانيا": "MR",
}

#: Words before a holiday name that make it the days of the feast, not its
#: first day (أيام عيد الفطر، عطلة عيد الأضحى).
FEAST_DAYS_NOUNS: tuple[str, ...] = ("أيام", "عطلة", "إجازة", "خلال أيام", "طيلة أيام")

#: The one-word :data:`FEAST_DAYS_NOUNS`: the span of أيام عيد الفطر starts at أيام,
#: so خلال أيام and طيلة أيام are read from أيام on.
FEAST_DAYS_WORDS: tuple[str, ...] = tuple(w for w in FEAST_DAYS_NOUNS if " " not in w)

#: Words before a name that make it a date of the holiday (outside the span):
#: عشية عيد الفطر is the day before; they are listed with their offset in days.
HOLIDAY_EVE_WORDS: dict[str, int] = {
    "عشية": -1,
    "وقفة": -1,  # وقفة العيد (Egypt): the day before the feast
    "غداة": 1,
}

#: Words after عيد that make it a name, not a holiday (عيد ميلاده: a birthday).
NOT_HOLIDAY_AFTER_EID: tuple[str, ...] = ("ميلاده", "ميلادها", "ميلادي", "ميلادهم", "زواجهما")

#: Words before عيد that make it a person's or a place's name (مدينة عيد،
#: السيد عيد، الشيخ عيد).
NOT_HOLIDAY_BEFORE_EID: tuple[str, ...] = (
    "مدينة",
    "قرية",
    "حي",
    "شارع",
    "السيد",
    "الشيخ",
    "الأستاذ",
    "اللاعب",
    "المدرب",
    "الدكتور",
    "الحاج",
    "ابن",
    "بن",
    "أبو",
)
