"""Generate the holiday and calendar-structure date cases:
``dates_holidays_real.jsonl``, ``dates_holidays_negative.jsonl``,
``dates_calendar_real.jsonl`` and ``dates_calendar_negative.jsonl``.

Run from anywhere::

    python tests/cases/make_dates_holidays_calendar.py

The sentences are invented in the wording of Maghreb, Egyptian, Gulf and
Levantine outlets. The expected days are computed here, apart from the library:
Hijri days with ``hijridate`` (Umm al-Qura), Easter with ``dateutil``, weekdays
and month lengths with the standard library. The conventions they follow are
those of docs/dates.md, "Holidays and calendar structure". A case the finder
does not do yet says so with ``"fails"``: it runs as a strict xfail until the
rule for its construction is wired in.
"""

from __future__ import annotations

import calendar
import sys
from datetime import date, timedelta
from pathlib import Path

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
from hijridate import Hijri

sys.path.insert(0, str(Path(__file__).parent))
from _casefile import build_cases, write  # sibling scripts, not a package

GRAMMAR = "construction not yet in the grammar"

Gold = tuple[str, str, str, str]


def hijri(year: int, month: int, day: int) -> str:
    g = Hijri(year, month, day).to_gregorian()
    return date(g.year, g.month, g.day).isoformat()


def hijri_day(span: str, year: int, month: int, day: int) -> Gold:
    d = hijri(year, month, day)
    return (span, d, d, "day")


def hijri_night(span: str, year: int, month: int, day: int) -> Gold:
    """The night of a Hijri day: it begins at sunset on the Gregorian day before."""
    d = (date.fromisoformat(hijri(year, month, day)) - timedelta(days=1)).isoformat()
    return (span, d, d, "day")


def hijri_days(span: str, year: int, month: int, first: int, last: int) -> Gold:
    return (span, hijri(year, month, first), hijri(year, month, last), "range")


def day(span: str, y: int, m: int, d: int) -> Gold:
    iso = date(y, m, d).isoformat()
    return (span, iso, iso, "day")


def easter_day(span: str, year: int, method: int, offset: int = 0) -> Gold:
    iso = (easter(year, method) + timedelta(days=offset)).isoformat()
    return (span, iso, iso, "day")


def nth_weekday(span: str, y: int, m: int, weekday: int, n: int) -> Gold:
    days = [w[weekday] for w in calendar.monthcalendar(y, m) if w[weekday]]
    return day(span, y, m, days[-1] if n == -1 else days[n - 1])


def month_days(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def span_of(span: str, start: date, end: date, grain: str) -> Gold:
    return (span, start.isoformat(), end.isoformat(), grain)


def quarter(span: str, y: int, q: int) -> Gold:
    m = 3 * q
    return span_of(span, date(y, m - 2, 1), date(y, m, month_days(y, m)), "quarter")


def half(span: str, y: int, h: int) -> Gold:
    m = 6 * h
    return span_of(span, date(y, m - 5, 1), date(y, m, month_days(y, m)), "half")


def season(span: str, y: int, first: int) -> Gold:
    ey, em = (y + 1, 2) if first == 12 else (y, first + 2)
    return span_of(span, date(y, first, 1), date(ey, em, month_days(ey, em)), "season")


def decade(span: str, first: int) -> Gold:
    return span_of(span, date(first, 1, 1), date(first + 9, 12, 31), "decade")


# Each case: text, ref, dates (span, from, to, grain[, occurrence]), note, and
# "fails" when the finder does not do it yet.
HOLIDAYS_REAL: list[dict[str, object]] = [
    {
        "text": "تعطل الإدارات والمؤسسات العمومية بمناسبة عيد الفطر المبارك.",
        "ref": "2019-05-28",
        "dates": [hijri_day("عيد الفطر المبارك", 1440, 10, 1)],
        "note": "Eid al-Fitr without a year: the nearest one, its first day",
    },
    {
        "text": "قررت الحكومة منح الموظفين عطلة خلال أيام عيد الأضحى.",
        "ref": "2021-07-01",
        "dates": [hijri_days("أيام عيد الأضحى", 1442, 12, 10, 13)],
        "note": "أيام + Eid al-Adha: 10–13 Dhu al-Hijja",
    },
    {
        "text": "وجه العاهل المغربي خطابا إلى الأمة بمناسبة عيد العرش.",
        "ref": "2019-07-25",
        "dates": [day("عيد العرش", 2019, 7, 30)],
        "note": "Throne Day (Morocco), a name one country uses",
    },
    {
        "text": "تحيي الجزائر عيد الاستقلال وسط إجراءات صحية مشددة.",
        "ref": "2020-07-01",
        "dates": [day("عيد الاستقلال", 2020, 7, 5)],
        "note": "Independence Day with its country in the sentence (Algeria)",
    },
    {
        "text": "يتوقع أن يتزامن عيد الأضحى 2019 مع عودة أول أفواج الحجاج.",
        "ref": "2019-03-01",
        "dates": [hijri_day("عيد الأضحى 2019", 1440, 12, 10)],
        "note": "a Hijri holiday with a Gregorian year",
    },
    {
        "text": "تستعد الكنائس للاحتفال بعيد الميلاد المجيد وسط إقبال على الأسواق.",
        "ref": "2019-12-20",
        "dates": [day("عيد الميلاد المجيد", 2019, 12, 25)],
        "note": "Christmas without a country: 25 December",
    },
    {
        "text": "احتفل الأقباط في مصر بعيد الميلاد المجيد بقداس منتصف الليل.",
        "ref": "2020-01-05",
        "dates": [day("عيد الميلاد المجيد", 2020, 1, 7)],
        "note": "عيد الميلاد المجيد in Egypt: Coptic Christmas, 7 January",
    },
    {
        "text": "تعطل المدارس الخاصة بمناسبة عيد الفصح الشرقي.",
        "ref": "2021-04-20",
        "dates": [easter_day("عيد الفصح الشرقي", 2021, EASTER_ORTHODOX)],
        "note": "orthodox Easter",
    },
    {
        "text": "أقيمت قداديس في الكنائس الكاثوليكية احتفالا بعيد الفصح.",
        "ref": "2019-04-15",
        "dates": [easter_day("عيد الفصح", 2019, EASTER_WESTERN)],
        "note": "western Easter by default",
    },
    {
        "text": "استقبلت العاصمة العام الجديد بعروض ضوئية في رأس السنة الميلادية.",
        "ref": "2019-12-28",
        "dates": [day("رأس السنة الميلادية", 2020, 1, 1)],
        "note": "Gregorian new year: the nearest 1 January",
    },
    {
        "text": "توافد الحجاج على جبل الرحمة لأداء الركن الأعظم في يوم عرفة.",
        "ref": "2023-06-20",
        "dates": [hijri_day("يوم عرفة", 1444, 12, 9)],
        "note": "Day of Arafah: 9 Dhu al-Hijja",
    },
    {
        "text": "تحتفل المملكة باليوم الوطني السعودي الـ89 بفعاليات في مختلف المدن.",
        "ref": "2019-09-20",
        "dates": [day("اليوم الوطني السعودي", 2019, 9, 23)],
        "note": "Saudi National Day, the country in the name",
    },
    {
        "text": "أقيمت عروض للألعاب النارية على الكورنيش احتفالا باليوم الوطني الإماراتي.",
        "ref": "2018-11-28",
        "dates": [day("اليوم الوطني الإماراتي", 2018, 12, 2)],
        "note": "UAE National Day",
    },
    {
        "text": "تتزين شوارع الدوحة بالأعلام بمناسبة اليوم الوطني القطري.",
        "ref": "2022-12-10",
        "dates": [day("اليوم الوطني القطري", 2022, 12, 18)],
        "note": "Qatar National Day",
    },
    {
        "text": "تحيي المملكة المغربية ذكرى المسيرة الخضراء في أجواء من التعبئة.",
        "ref": "2020-11-01",
        "dates": [day("ذكرى المسيرة الخضراء", 2020, 11, 6)],
        "note": "Green March anniversary (Morocco)",
    },
    {
        "text": "خرج الآلاف في شوارع العاصمة الجزائرية في ذكرى اندلاع الثورة التحريرية.",
        "ref": "2019-10-30",
        "dates": [day("ذكرى اندلاع الثورة التحريرية", 2019, 11, 1)],
        "note": "1 November (Algeria)",
    },
    {
        "text": "يحتفل الأردنيون بعيد الجلوس الملكي بفعاليات في مختلف المحافظات.",
        "ref": "2019-06-05",
        "dates": [day("عيد الجلوس الملكي", 2019, 6, 9)],
        "note": "Accession Day (Jordan)",
    },
    {
        "text": "أعلنت السلطات عن تدابير لتنظيم حركة المرور خلال المولد النبوي الشريف.",
        "ref": "2020-10-20",
        "dates": [hijri_day("المولد النبوي الشريف", 1442, 3, 12)],
        "note": "the Prophet's birthday: 12 Rabi al-Awwal",
    },
    {
        "text": "صام كثير من المسلمين يوم عاشوراء تطوعا.",
        "ref": "2022-08-01",
        "dates": [hijri_day("يوم عاشوراء", 1444, 1, 10)],
        "note": "Ashura: 10 Muharram",
    },
    {
        "text": "تعطل المصالح الحكومية بمناسبة رأس السنة الهجرية.",
        "ref": "2021-08-01",
        "dates": [hijri_day("رأس السنة الهجرية", 1443, 1, 1)],
        "note": "Hijri new year: 1 Muharram",
    },
    {
        "text": "أحيا المصلون ليلة القدر بصلاة القيام في المسجد الحرام.",
        "ref": "2021-05-01",
        "dates": [hijri_night("ليلة القدر", 1442, 9, 27)],
        "note": "Laylat al-Qadr, by convention the night of 27 Ramadan: the evening before",
    },
    {
        "text": "شهدت الحدائق العامة إقبالا كبيرا من الأسر في شم النسيم.",
        "ref": "2019-04-25",
        "dates": [easter_day("شم النسيم", 2019, EASTER_ORTHODOX, 1)],
        "note": "Sham el-Nessim (Egypt): the Monday after orthodox Easter",
    },
    {
        "text": "تقلص ساعات العمل في القطاع العام في رمضان 2021 إلى خمس ساعات.",
        "ref": "2020-12-01",
        "dates": [("رمضان 2021", hijri(1442, 9, 1), hijri(1442, 9, 30), "month")],
        "note": "a Hijri month with a Gregorian year: the one that begins in it",
    },
    {
        "text": "تحتفل تونس بعيد الاستقلال في أجواء باهتة هذه السنة.",
        "ref": "2021-03-15",
        "dates": [
            day("عيد الاستقلال", 2021, 3, 20),
            ("هذه السنة", "2021-01-01", "2021-12-31", "year"),
        ],
        "note": "Independence Day (Tunisia) and the current year",
    },
    {
        "text": "احتفلت مصر بعيد القوات المسلحة بعروض جوية فوق القاهرة.",
        "ref": "2018-10-01",
        "dates": [day("عيد القوات المسلحة", 2018, 10, 6)],
        "note": "Armed Forces Day (Egypt)",
    },
    {
        "text": "تستأنف الدراسة في المدارس بعد عطلة عيد الفطر.",
        "ref": "2023-04-15",
        "dates": [hijri_days("عطلة عيد الفطر", 1444, 10, 1, 3)],
        "note": "عطلة + Eid al-Fitr: 1–3 Shawwal",
    },
    {
        "text": "ينتعش سوق الأغنام في الأحياء الشعبية قبل العيد الكبير.",
        "ref": "2019-07-20",
        "dates": [hijri_day("العيد الكبير", 1440, 12, 10)],
        "note": "العيد الكبير (the Maghreb): Eid al-Adha",
    },
    {
        "text": "أعلنت دار الإفتاء أن عيد الفطر المبارك لعام 1441هـ سيكون يوم الأحد.",
        "ref": "2020-05-20",
        "dates": [
            hijri_day("عيد الفطر المبارك لعام 1441هـ", 1441, 10, 1),
            ("يوم الأحد", "2020-05-24", "2020-05-24", "day"),
        ],
        "note": "a holiday with its Hijri year, then the weekday it falls on",
        "fails": (
            "a weekday after a holiday is not read as the holiday's own day: يوم الأحد "
            "stays the nearest Sunday, and يوم outside the span"
        ),
    },
]

HOLIDAYS_REAL += [
    {
        "text": "تكتظ الأسواق بالمتسوقين عشية عيد الفطر.",
        "ref": "2023-04-10",
        "dates": [hijri_night("عشية عيد الفطر", 1444, 10, 1)],
        "note": "عشية: the day before the feast",
    },
    {
        "text": "تستقبل الحدائق الزوار في ثاني أيام عيد الأضحى.",
        "ref": "2022-07-01",
        "dates": [hijri_day("ثاني أيام عيد الأضحى", 1443, 12, 11)],
        "note": "ثاني أيام + the feast: its second day, not the range of its days",
    },
    {
        "text": "تبدأ الإجازة الخميس 13 يونيو 2024، ويحل عيد الأضحى يوم الأحد الذي يليه.",
        "ref": "2024-06-01",
        "dates": [
            day("الخميس 13 يونيو 2024", 2024, 6, 13),
            day("الأحد", 2024, 6, 16),
        ],
        "note": "a holiday whose day is announced beside it is the occasion, no date; "
        "the weekday after it still counts from the written day",
    },
]

HOLIDAYS_NEGATIVE: list[dict[str, object]] = [
    {
        "text": "افتتح المحافظ مستشفى جديدا في مدينة عيد.",
        "ref": "2019-05-28",
        "note": "عيد as a place name",
    },
    {
        "text": "سجل اللاعب محمد عيد هدف الفوز في الدقيقة الأخيرة.",
        "ref": "2019-05-28",
        "note": "عيد as a person's name",
    },
    {
        "text": "احتفلت الفنانة بعيد ميلادها الأربعين مع أسرتها.",
        "ref": "2019-05-28",
        "note": "a birthday is no holiday",
    },
    {
        "text": "ألقى الرئيس كلمة بمناسبة عيد الاستقلال.",
        "ref": "2019-05-28",
        "note": "Independence Day without its country: no date",
    },
    {
        "text": "يعيد المجلس النظر في القرار خلال دورته.",
        "ref": "2019-05-28",
        "note": "عيد inside another word",
    },
    {
        "text": "تزدهر مبيعات الهدايا في مواسم الأعياد.",
        "ref": "2019-12-01",
        "note": "the feasts in general",
    },
    {
        "text": "تعطل المولد الكهربائي في المستشفى لساعات.",
        "ref": "2019-12-01",
        "note": "المولد as a generator",
    },
    {
        "text": "شارك الشيخ عيد في الندوة العلمية.",
        "ref": "2019-12-01",
        "note": "a title before عيد: a name",
    },
    {
        "text": "قاد الملك الراحل المسيرة الخضراء نحو الصحراء.",
        "ref": "2019-11-01",
        "note": "المسيرة الخضراء without a word of the anniversary: the march of 1975",
    },
    {
        "text": "قال إن الاستقلال الحقيقي لم يتحقق بعد.",
        "ref": "2019-12-01",
        "note": "الاستقلال without عيد",
    },
]

# A holiday named without its year is a date only after a time word (في، خلال، قبل …,
# lexicon/holidays.py TIME_CUES); as the occasion a sentence is about (بمناسبة،
# احتفالا ب، تحيي …) it is no date. Each sentence above that names its holiday as an
# occasion is kept, with the time word, as a real case, and as written, as a negative.
#: (as written, with a time word)
OCCASION_PAIRS: list[tuple[str, str]] = [
    (
        "تعطل الإدارات والمؤسسات العمومية بمناسبة عيد الفطر المبارك.",
        "تعطل الإدارات والمؤسسات العمومية في عيد الفطر المبارك.",
    ),
    (
        "وجه العاهل المغربي خطابا إلى الأمة بمناسبة عيد العرش.",
        "وجه العاهل المغربي خطابا إلى الأمة في عيد العرش.",
    ),
    (
        "تحيي الجزائر عيد الاستقلال وسط إجراءات صحية مشددة.",
        "تقام الاحتفالات في الجزائر في عيد الاستقلال وسط إجراءات صحية مشددة.",
    ),
    (
        "تستعد الكنائس للاحتفال بعيد الميلاد المجيد وسط إقبال على الأسواق.",
        "تستعد الكنائس للاحتفال قبل عيد الميلاد المجيد وسط إقبال على الأسواق.",
    ),
    (
        "احتفل الأقباط في مصر بعيد الميلاد المجيد بقداس منتصف الليل.",
        "احتفل الأقباط في مصر في عيد الميلاد المجيد بقداس منتصف الليل.",
    ),
    (
        "تعطل المدارس الخاصة بمناسبة عيد الفصح الشرقي.",
        "تعطل المدارس الخاصة خلال عيد الفصح الشرقي.",
    ),
    (
        "أقيمت قداديس في الكنائس الكاثوليكية احتفالا بعيد الفصح.",
        "أقيمت قداديس في الكنائس الكاثوليكية في عيد الفصح.",
    ),
    (
        "تحتفل المملكة باليوم الوطني السعودي الـ89 بفعاليات في مختلف المدن.",
        "تقام فعاليات في مختلف المدن في اليوم الوطني السعودي الـ89.",
    ),
    (
        "أقيمت عروض للألعاب النارية على الكورنيش احتفالا باليوم الوطني الإماراتي.",
        "أقيمت عروض للألعاب النارية على الكورنيش في اليوم الوطني الإماراتي.",
    ),
    (
        "تتزين شوارع الدوحة بالأعلام بمناسبة اليوم الوطني القطري.",
        "تتزين شوارع الدوحة بالأعلام قبل اليوم الوطني القطري.",
    ),
    (
        "تحيي المملكة المغربية ذكرى المسيرة الخضراء في أجواء من التعبئة.",
        "تقام الاحتفالات في المملكة المغربية في ذكرى المسيرة الخضراء في أجواء من التعبئة.",
    ),
    (
        "يحتفل الأردنيون بعيد الجلوس الملكي بفعاليات في مختلف المحافظات.",
        "يحتفل الأردنيون في عيد الجلوس الملكي بفعاليات في مختلف المحافظات.",
    ),
    (
        "صام كثير من المسلمين يوم عاشوراء تطوعا.",
        "صام كثير من المسلمين في يوم عاشوراء تطوعا.",
    ),
    (
        "تعطل المصالح الحكومية بمناسبة رأس السنة الهجرية.",
        "تعطل المصالح الحكومية في رأس السنة الهجرية.",
    ),
    (
        "أحيا المصلون ليلة القدر بصلاة القيام في المسجد الحرام.",
        "صلى المصلون القيام في ليلة القدر في المسجد الحرام.",
    ),
    (
        "تحتفل تونس بعيد الاستقلال في أجواء باهتة هذه السنة.",
        "تحتفل تونس في عيد الاستقلال بأجواء باهتة هذه السنة.",
    ),
    (
        "احتفلت مصر بعيد القوات المسلحة بعروض جوية فوق القاهرة.",
        "احتفلت مصر في عيد القوات المسلحة بعروض جوية فوق القاهرة.",
    ),
]
OCCASION_REWRITES = dict(OCCASION_PAIRS)


def _is_holiday(span: str) -> bool:
    return any(
        w in span for w in ("عيد", "اليوم الوطني", "عاشوراء", "رأس السنة", "ليلة", "المسيرة")
    )


for _case in list(HOLIDAYS_REAL):
    _timed = OCCASION_REWRITES.get(str(_case["text"]))
    if _timed is None:
        continue
    HOLIDAYS_NEGATIVE.append(
        {
            "text": _case["text"],
            "ref": _case["ref"],
            "dates": [g for g in _case["dates"] if not _is_holiday(g[0])],  # type: ignore[attr-defined]
            "note": "the holiday is the occasion (no year, no time word): no date",
        }
    )
    _case["text"] = _timed


CALENDAR_REAL: list[dict[str, object]] = [
    {
        "text": "يلتقي المجلس البلدي في ثاني أربعاء من نوفمبر.",
        "ref": "2019-10-01",
        "dates": [nth_weekday("ثاني أربعاء من نوفمبر", 2019, 11, 2, 2)],
        "note": "an ordinal before a bare weekday, of a month",
    },
    {
        "text": "انعقدت الجلسة في الخميس الرابع من شهر آذار من عام 2017.",
        "ref": "2017-05-01",
        "dates": [nth_weekday("الخميس الرابع من شهر آذار من عام 2017", 2017, 3, 3, 4)],
        "note": "weekday + ordinal of a month and year: the fourth Thursday",
    },
    {
        "text": "تقام الصلاة الجامعة في آخر جمعة من الشهر الجاري.",
        "ref": "2019-05-10",
        "dates": [nth_weekday("آخر جمعة من الشهر الجاري", 2019, 5, 4, -1)],
        "note": "the last Friday of the current month",
    },
    {
        "text": "ارتفعت مبيعات السيارات خلال الأسبوع الثاني من مايو 2018.",
        "ref": "2018-06-01",
        "dates": [
            span_of("الأسبوع الثاني من مايو 2018", date(2018, 5, 8), date(2018, 5, 14), "range")
        ],
        "note": "the second week of a month: days 8–14",
    },
    {
        "text": "يعقد المؤتمر الإقليمي في الأسبوع الأخير من شهر أكتوبر المقبل.",
        "ref": "2019-08-01",
        "dates": [
            span_of(
                "الأسبوع الأخير من شهر أكتوبر المقبل",
                date(2019, 10, 25),
                date(2019, 10, 31),
                "range",
            )
        ],
        "note": "the last week of a month: its last seven days",
    },
    {
        "text": "سجل الاقتصاد نموا إيجابيا في الربع الأول من عام 2018.",
        "ref": "2018-06-01",
        "dates": [quarter("الربع الأول من عام 2018", 2018, 1)],
        "note": "a quarter of a year",
    },
    {
        "text": "حققت الشركة أرباحا قياسية في الربع الأخير من 2020.",
        "ref": "2021-02-01",
        "dates": [quarter("الربع الأخير من 2020", 2020, 4)],
        "note": "the last quarter",
    },
    {
        "text": "تتوقع الوزارة تحسن المؤشرات في النصف الأول من العام الجاري.",
        "ref": "2021-03-01",
        "dates": [half("النصف الأول من العام الجاري", 2021, 1)],
        "note": "a half of the current year",
    },
    {
        "text": "تراجعت الصادرات الزراعية في النصف الثاني من 2016.",
        "ref": "2017-01-01",
        "dates": [half("النصف الثاني من 2016", 2016, 2)],
        "note": "a half of a year in digits",
    },
    {
        "text": "تراجع معدل البطالة خلال الفصل الثالث من سنة 2019 حسب مذكرة رسمية.",
        "ref": "2019-11-10",
        "dates": [quarter("الفصل الثالث من سنة 2019", 2019, 3)],
        "note": "الفصل + ordinal + year: a quarter (Morocco)",
    },
    {
        "text": "ارتفعت نسبة النمو خلال الثلاثي الأول من سنة 2019 مقارنة بالسنة الماضية.",
        "ref": "2019-05-15",
        "dates": [
            quarter("الثلاثي الأول من سنة 2019", 2019, 1),
            ("السنة الماضية", "2018-01-01", "2018-12-31", "year"),
        ],
        "note": "الثلاثي: a quarter (Tunisia)",
    },
    {
        "text": "تراجع الإنتاج الصناعي في الثلث الأول من العام الجاري.",
        "ref": "2020-06-01",
        "dates": [
            span_of("الثلث الأول من العام الجاري", date(2020, 1, 1), date(2020, 4, 30), "range")
        ],
        "note": "a third of a year: four months",
    },
    {
        "text": "تعرف المدن الساحلية ذروة الإقبال في صيف 2019.",
        "ref": "2019-01-10",
        "dates": [season("صيف 2019", 2019, 6)],
        "note": "a season with a year: meteorological summer",
    },
    {
        "text": "ينطلق مهرجان المسرح في خريف 2022 بمشاركة عربية واسعة.",
        "ref": "2022-03-01",
        "dates": [season("خريف 2022", 2022, 9)],
        "note": "autumn with a year",
    },
    {
        "text": "تتوقع الأرصاد تساقطات مهمة خلال فصل الشتاء المقبل.",
        "ref": "2019-10-15",
        "dates": [season("فصل الشتاء المقبل", 2019, 12)],
        "note": "فصل + season + direction: winter runs into February",
    },
    {
        "text": "تنطلق أشغال توسعة الميناء في الصيف 2019 حسب الوزارة.",
        "ref": "2019-03-01",
        "dates": [season("الصيف 2019", 2019, 6)],
        "note": "الصيف with a year alone is the season; the Libyan month needs a day",
    },
    {
        "text": "تزهر حقول اللوز في الربيع 2020 بعد شتاء ممطر.",
        "ref": "2019-12-01",
        "dates": [season("الربيع 2020", 2020, 3)],
        "note": "الربيع with a year is spring, not the Libyan month of March",
    },
    {
        "text": "عاش البلد أزمة اقتصادية خانقة في التسعينيات.",
        "ref": "2019-01-01",
        "dates": [decade("التسعينيات", 1990)],
        "note": "a decade plural without its century",
    },
    {
        "text": "شهدت المنطقة موجة هجرة واسعة في ثمانينيات القرن الماضي.",
        "ref": "2018-03-01",
        "dates": [decade("ثمانينيات القرن الماضي", 1980)],
        "note": "a decade of the last century",
    },
    {
        "text": "عرفت البلاد إصلاحات زراعية في سبعينات القرن العشرين.",
        "ref": "2018-03-01",
        "dates": [decade("سبعينات القرن العشرين", 1970)],
        "note": "a decade of a named century, the short plural",
    },
    {
        "text": "تضاعف عدد سكان المدينة خلال العقد الماضي.",
        "ref": "2019-04-01",
        "dates": [decade("العقد الماضي", 2000)],
        "note": "the last decade: the calendar decade before the reference's",
    },
    {
        "text": "انتهت أشغال الترميم في آخر يوم من فبراير 2020.",
        "ref": "2020-03-10",
        "dates": [day("آخر يوم من فبراير 2020", 2020, 2, 29)],
        "note": "the last day of a month",
    },
    {
        "text": "تنطلق حملة التلقيح الموسمية في شهر سبعة.",
        "ref": "2021-03-01",
        "dates": [span_of("شهر سبعة", date(2021, 7, 1), date(2021, 7, 31), "month")],
        "note": "a month said by its number in words (the Levant, Iraq)",
    },
    {
        "text": "صادق البرلمان على الميزانية المعدلة في الشهر الخامس من 2019.",
        "ref": "2019-09-01",
        "dates": [span_of("الشهر الخامس من 2019", date(2019, 5, 1), date(2019, 5, 31), "month")],
        "note": "الشهر + ordinal + year: a month",
    },
    {
        "text": "يفتتح المعرض أبوابه في أول خميس من ديسمبر 2019.",
        "ref": "2019-10-01",
        "dates": [nth_weekday("أول خميس من ديسمبر 2019", 2019, 12, 3, 1)],
        "note": "أول + bare weekday of a month and year",
    },
]

CALENDAR_REAL += [
    {
        "text": "يبدأ التسجيل في المدارس الحكومية في 15 شهر 7 2018 حسب الوزارة.",
        "ref": "2018-05-01",
        "dates": [day("15 شهر 7 2018", 2018, 7, 15)],
        "note": "a day before a month in digits (the Levant, Iraq)",
    },
    {
        "text": "تصرف الرواتب في الخامس من شهر سبعة.",
        "ref": "2021-06-20",
        "dates": [day("الخامس من شهر سبعة", 2021, 7, 5)],
        "note": "an ordinal day before a month in words, without a year: the nearest",
    },
    {
        "text": "صدر العدد الخاص يوم الخميس الرابع من مارس 2021 في طبعة محدودة.",
        "ref": "2021-03-10",
        "dates": [day("الخميس الرابع من مارس 2021", 2021, 3, 4)],
        "note": "an ordinal after a weekday, and the fourth is a Thursday: the date, "
        "not the fourth Thursday",
    },
    {
        "text": "وقع الطرفان اتفاقية شراكة في الصيف 2010 بطرابلس.",
        "ref": "2010-01-01",
        "dates": [span_of("الصيف 2010", date(2010, 6, 1), date(2010, 6, 30), "month")],
        "note": "الصيف with a year of the Libyan calendar (1986–2011): the month of June",
    },
]

CALENDAR_NEGATIVE: list[dict[str, object]] = [
    {
        "text": "وقع الطرفان العقد بحضور ممثلي الوزارة.",
        "ref": "2019-04-01",
        "note": "العقد as a contract",
    },
    {
        "text": "دعا الحزب إلى عقد اجتماعي جديد يضمن العدالة.",
        "ref": "2019-04-01",
        "note": "عقد اجتماعي: a social contract",
    },
    {
        "text": "تعبر القافلة صحراء الربع الخالي في ثلاثة أيام.",
        "ref": "2019-04-01",
        "note": "الربع الخالي: a desert",
    },
    {
        "text": "امتلأ الربع الشمالي من الملعب بأنصار الفريق المضيف.",
        "ref": "2019-04-01",
        "note": "الربع as a quarter of a stadium",
    },
    {
        "text": "يدرس مجلس الأمن مشروع قرار تحت الفصل السابع من ميثاق الأمم المتحدة.",
        "ref": "2019-04-01",
        "note": "الفصل as a chapter",
    },
    {
        "text": "قدم الكاتب في الفصل الأول من الرواية شخصياتها الرئيسية.",
        "ref": "2019-04-01",
        "note": "الفصل الأول of a novel: a chapter, no year after it",
    },
    {
        "text": "تنطلق امتحانات الفصل الدراسي الأول الأسبوع المقبل.",
        "ref": "2019-12-10",
        "dates": [("الأسبوع المقبل", "2019-12-16", "2019-12-22", "week")],
        "note": "الفصل الدراسي: a school term; only the next week is a date",
    },
    {
        "text": "صدر القرار الوزاري في 5 ربيع الأول 1441هـ.",
        "ref": "2019-11-10",
        "dates": [hijri_day("5 ربيع الأول 1441هـ", 1441, 3, 5)],
        "note": "ربيع الأول is a Hijri month, not spring",
    },
    {
        "text": "صدر القانون في 12 الصيف 1990 وفق التقويم المعتمد آنذاك.",
        "ref": "2019-11-10",
        "dates": [day("12 الصيف 1990", 1990, 6, 12)],
        "note": "الصيف next to a day number is the Libyan month of June, no season",
    },
    {
        "text": "تحدث المحاضر عن مآلات الربيع العربي في المنطقة.",
        "ref": "2019-11-10",
        "note": "الربيع العربي: a movement",
    },
    {
        "text": "قضت العائلة الصيف على شاطئ البحر.",
        "ref": "2019-11-10",
        "note": "a bare season without a year or a direction word is no date",
    },
    {
        "text": "قضى الوزير آخر أسبوع له في المنصب في جولة خارجية.",
        "ref": "2019-11-10",
        "note": "آخر أسبوع without a month",
    },
    {
        "text": "غادر نصف الحضور القاعة قبل نهاية الجلسة.",
        "ref": "2019-11-10",
        "note": "نصف of the audience",
    },
    {
        "text": "تنتهي الامتحانات في النصف الأول من العام الدراسي.",
        "ref": "2019-11-01",
        "note": "العام الدراسي: a school year, not the current year",
    },
    {
        "text": "تراجع الإقبال في آخر جمعة من الشهر الفضيل.",
        "ref": "2019-05-20",
        "note": "الشهر الفضيل is Ramadan, not the current month",
    },
    {
        "text": "فاز الحزب بثلث مقاعد البرلمان.",
        "ref": "2019-11-10",
        "note": "ثلث of the seats",
    },
]


def build() -> dict[str, list[dict[str, object]]]:
    """The four files' rows, by file name."""
    # the nearest occurrence: within half a year of the reference
    for case in HOLIDAYS_REAL:
        ref = date.fromisoformat(str(case["ref"]))
        for gold in case["dates"]:  # type: ignore[attr-defined]
            if gold[3] in ("day", "range") and not any(c.isdigit() for c in gold[0]):
                assert abs((date.fromisoformat(gold[1]) - ref).days) <= 183, gold
    return {
        "dates_holidays_real.jsonl": build_cases(HOLIDAYS_REAL, "holidays-real"),
        "dates_holidays_negative.jsonl": build_cases(HOLIDAYS_NEGATIVE, "holidays-neg"),
        "dates_calendar_real.jsonl": build_cases(CALENDAR_REAL, "calendar-real"),
        "dates_calendar_negative.jsonl": build_cases(CALENDAR_NEGATIVE, "calendar-neg"),
    }


def main() -> None:
    write(build())


if __name__ == "__main__":
    main()
