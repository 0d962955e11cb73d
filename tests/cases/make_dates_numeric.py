"""Generate the everyday numeric and dash cases: ``dates_numeric_real.jsonl`` and
``dates_numeric_negative.jsonl``.

Run from anywhere::

    python tests/cases/make_dates_numeric.py

The sentences are invented in the wording of news outlets: dot dates
(21. مارس. 2017), a month and year in digits (11/2017، 2017/11), a day and month
in digits without a year after a cue (يوم 22/04), ranges written month first
(مارس 3-5) or with من before a dash, a tatweel typed as a dash, marks and glued
words inside dates; and the look-alikes that must stay no date (law and decree
numbers, seasons, scores, fractions). The expected days are written here by hand
and checked with the standard library (weekdays, the nearest year) and
``hijridate`` (a Hijri month). A case the
finder does not do yet says so with ``"fails"``.
"""

from __future__ import annotations

import calendar
import sys
from datetime import date
from pathlib import Path

from hijridate import Hijri

sys.path.insert(0, str(Path(__file__).parent))
from _casefile import build_cases, write  # sibling scripts, not a package

Gold = tuple[str, str, str, str]


def day(span: str, y: int, m: int, d: int, weekday: int | None = None) -> Gold:
    iso = date(y, m, d)
    if weekday is not None:
        assert iso.weekday() == weekday, (span, iso)
    return (span, iso.isoformat(), iso.isoformat(), "day")


def month(span: str, y: int, m: int) -> Gold:
    last = calendar.monthrange(y, m)[1]
    return (span, date(y, m, 1).isoformat(), date(y, m, last).isoformat(), "month")


def days(span: str, first: tuple[int, int, int], last: tuple[int, int, int]) -> Gold:
    return (span, date(*first).isoformat(), date(*last).isoformat(), "range")


def hijri_month(span: str, y: int, m: int) -> Gold:
    first = Hijri(y, m, 1).to_gregorian()
    last = Hijri(y, m, Hijri(y, m, 1).month_length()).to_gregorian()
    return (span, first.isoformat(), last.isoformat(), "month")


def year(span: str, y: int) -> Gold:
    return (span, f"{y}-01-01", f"{y}-12-31", "year")


MON, TUE, WED, THU, FRI, SAT, SUN = range(7)

REAL: list[dict[str, object]] = [
    {
        "text": "وقع الانفجار في 21. مارس. 2017 قرب المحطة المركزية.",
        "ref": "2017-03-22",
        "dates": [day("21. مارس. 2017", 2017, 3, 21)],
        "note": "a day and a month name each followed by a dot",
    },
    {
        "text": "أعلنت الوزارة نتائج المسابقة بتاريخ 21.03.2017 على موقعها.",
        "ref": "2017-03-25",
        "dates": [day("21.03.2017", 2017, 3, 21)],
        "note": "day.month.year",
    },
    {
        "text": "ارتفعت الأسعار خلال 11/2017 بنسبة طفيفة حسب المكتب الوطني للإحصاء.",
        "ref": "2018-01-10",
        "dates": [month("11/2017", 2017, 11)],
        "note": "month/year in digits",
    },
    {
        "text": "وتبدأ حملة التبرعات في 9/1440هـ بمشاركة الجمعيات الخيرية.",
        "ref": "2019-04-01",
        "dates": [hijri_month("9/1440هـ", 1440, 9)],
        "note": "a Hijri month and year in digits with its era mark",
    },
    {
        "text": "يسري العمل بالقرار منذ 2017/11 في جميع الولايات.",
        "ref": "2018-01-10",
        "dates": [month("2017/11", 2017, 11)],
        "note": "year/month in digits",
    },
    {
        "text": "صدرت الطبعة الأولى من التقرير في 11-2017 وتلتها طبعة ثانية.",
        "ref": "2018-06-01",
        "dates": [month("11-2017", 2017, 11)],
        "note": "month-year with a dash",
    },
    {
        "text": "وسجلت الشرطة الحادث في 2016.7 حسب الوثائق المسربة.",
        "ref": "2018-06-01",
        "dates": [month("2016.7", 2016, 7)],
        "note": "year.month after a cue",
    },
    {
        "text": "تنطلق امتحانات الدورة الاستدراكية يوم 22/04 في كل المراكز.",
        "ref": "2019-04-10",
        "dates": [day("22/04", 2019, 4, 22)],
        "note": "day/month without a year after يوم: the nearest",
    },
    {
        "text": "عقد المجلس جلسته الأحد 22-4 بحضور أغلب الأعضاء.",
        "ref": "2018-04-25",
        "dates": [day("الأحد 22-4", 2018, 4, 22, SUN)],
        "note": "day-month without a year after a weekday",
    },
    {
        "text": "اجتمع الطرفان في 4/22 لبحث ملف الحدود.",
        "ref": "2019-05-01",
        "dates": [day("4/22", 2019, 4, 22)],
        "note": "only one order of the numbers is a day and a month",
    },
    {
        "text": "وصدر الحكم بتاريخ 15-3 بعد جلسات مطولة.",
        "ref": "2020-03-20",
        "dates": [day("15-3", 2020, 3, 15)],
        "note": "day-month after بتاريخ",
    },
    {
        "text": "تجرى الانتخابات يوم الأربعاء 12/6 في كامل التراب الوطني.",
        "ref": "2019-06-01",
        "dates": [day("الأربعاء 12/6", 2019, 6, 12, WED)],
        "note": "day/month after يوم and a weekday",
    },
    {
        "text": "يقام المعرض مارس 3-5 في قصر المؤتمرات.",
        "ref": "2020-02-10",
        "dates": [days("مارس 3-5", (2020, 3, 3), (2020, 3, 5))],
        "note": "a month written before its days",
    },
    {
        "text": "تعقد القمة يونيو 10-12، 2022 في العاصمة.",
        "ref": "2022-03-01",
        "dates": [days("يونيو 10-12، 2022", (2022, 6, 10), (2022, 6, 12))],
        "note": "month first, a comma, then the year",
    },
    {
        "text": "تنظم الندوة من 4-9 شهر تموز في بيروت.",
        "ref": "2019-06-01",
        "dates": [days("من 4-9 شهر تموز", (2019, 7, 4), (2019, 7, 9))],
        "note": "من before a dash range with شهر",
    },
    {
        "text": "يستمر المهرجان من 3 مارس – 17 أبريل 2021 في الساحة الكبرى.",
        "ref": "2021-02-01",
        "dates": [days("من 3 مارس – 17 أبريل 2021", (2021, 3, 3), (2021, 4, 17))],
        "note": "من before two full days with an en dash",
    },
    {
        "text": "تنطلق الدورة التكوينية من 14ـ18 نوفمبر 2019 بمقر الأكاديمية.",
        "ref": "2019-10-01",
        "dates": [days("من 14ـ18 نوفمبر 2019", (2019, 11, 14), (2019, 11, 18))],
        "note": "a tatweel typed as the dash between the days",
    },
    {
        "text": "وعرف الاقتصاد نموا ملحوظا في الفترة 2010ـ2012 قبل أن يتراجع.",
        "ref": "2019-10-01",
        "dates": [days("2010ـ2012", (2010, 1, 1), (2012, 12, 31))],
        "note": "a tatweel as the dash between two years",
    },
    {
        "text": "أعلن عن المشروع في 20\u200f19 أمام البرلمان.",
        "ref": "2020-01-10",
        "dates": [year("20\u200f19", 2019)],
        "note": "a bidirectional mark inside the year: the span keeps it",
    },
    {
        "text": "وصلت البعثة في 10ماي الماضي إلى العاصمة.",
        "ref": "2019-06-01",
        "dates": [day("10ماي الماضي", 2019, 5, 10)],
        "note": "digits glued to the month name",
    },
    {
        "text": "انطلقت الحملة في نوفمبر2022 وتستمر شهرين.",
        "ref": "2022-12-01",
        "dates": [month("نوفمبر2022", 2022, 11)],
        "note": "the year glued to the month name",
    },
    {
        "text": "الكويت - 12 - 12 (كونا) -- أكد رئيس المجلس أهمية التعاون الإقليمي.",
        "ref": "2019-12-12",
        "dates": [day("12 - 12", 2019, 12, 12)],
        "note": "a wire dateline: place, dash, day - month, agency in parentheses",
    },
    {
        "text": "الدار البيضاء - 22 - 4 (و م ع) - أعلنت الشركة عن نتائجها السنوية.",
        "ref": "2019-04-22",
        "dates": [day("22 - 4", 2019, 4, 22)],
        "note": "a dateline with a two-word place",
    },
    {
        "text": "ويتزامن الموعد مع يوم ١٥/٠٨ من كل عام.",
        "ref": "2021-08-01",
        "dates": [day("١٥/٠٨", 2021, 8, 15)],
        "note": "Arabic-Indic digits, day/month after يوم",
    },
]

NEGATIVE: list[dict[str, object]] = [
    {
        "text": "بموجب القانون رقم 31.13 المتعلق بالحق في الحصول على المعلومات.",
        "ref": "2019-06-01",
        "note": "a law number with a dot",
    },
    {
        "text": "صدر الظهير الشريف رقم 1.11.91 بتنفيذ نص الدستور.",
        "ref": "2019-06-01",
        "note": "a royal decree number: three dotted parts, no four-digit year",
    },
    {
        "text": "نشر المرسوم 2.17.110 في الجريدة الرسمية.",
        "ref": "2019-06-01",
        "note": "a decree number with a three-digit last part",
    },
    {
        "text": "صادق البرلمان على القانون 84-09 المتعلق بالصيد البحري.",
        "ref": "2019-06-01",
        "note": "a law number with a dash",
    },
    {
        "text": "ينص القانون رقم 12 لسنة 2019 على إنشاء هيئة مستقلة.",
        "ref": "2019-06-01",
        "dates": [year("سنة 2019", 2019)],
        "note": "a law of a year: the year, not December",
    },
    {
        "text": "تضمن القرار رقم 11/2017 شروط الترشح للمنصب.",
        "ref": "2019-06-01",
        "note": "a decision number after رقم is no month and year",
    },
    {
        "text": "وفق القرار 12/2018 الصادر عن وزارة الداخلية تمنع التجمعات.",
        "ref": "2019-06-01",
        "note": "a decision numbered after القرار is no month and year",
    },
    {
        "text": "حقق الفريق لقب الموسم 2010/11 بفارق نقطتين.",
        "ref": "2019-06-01",
        "note": "a season: the second number is the next year's",
    },
    {
        "text": "ارتفع عدد المسجلين في العام الدراسي 2019-20 بشكل لافت.",
        "ref": "2020-06-01",
        "note": "a school year with a dash",
    },
    {
        "text": "ارتفع المؤشر إلى 2016.7 نقطة في ختام التداول.",
        "ref": "2019-06-01",
        "note": "a decimal number after a year cue",
        "fails": "a four-digit number before a decimal point is read as a bare year",
    },
    {
        "text": "حسم الفريق اللقاء في 3-1 بعد الوقت الإضافي.",
        "ref": "2019-06-01",
        "note": "a score after في: only a slash makes a date there",
    },
    {
        "text": "تغلب الفريق المحلي الأحد 3-1 على ضيفه في قمة الجولة.",
        "ref": "2019-06-01",
        "dates": [day("الأحد", 2019, 6, 2, SUN)],
        "note": "a score after a weekday: a dash between two single digits",
    },
    {
        "text": "وأنهى اللاعب ناصر 3-6 المجموعة الأولى قبل أن يعود.",
        "ref": "2019-06-01",
        "note": "a name that is also a month (Libyan) before a score",
    },
    {
        "text": "خسر الفريق في 1/8 النهائي أمام منافسه.",
        "ref": "2019-06-01",
        "note": "a round of the cup after في",
    },
    {
        "text": "سجلت الشعبة معدلا قدره 12/20 في الرياضيات.",
        "ref": "2019-06-01",
        "note": "a mark out of twenty without a cue",
    },
    {
        "text": "قرأ الإمام الآية 2/255 في افتتاح الحفل.",
        "ref": "2019-06-01",
        "note": "a verse reference",
    },
    {
        "text": "سجلت الأسهم تراجعا في 11.5 بالمئة من الشركات.",
        "ref": "2019-06-01",
        "note": "a decimal after في",
    },
    {
        "text": "أودع الملف تحت رقم 2ــ0ـ19 لدى كتابة الضبط.",
        "ref": "2019-06-01",
        "note": "tatweel between digits is a dash, so 2-0-19 is no year",
    },
    {
        "text": "وانتهت المباراة 2 - 1 (الشوط الأول 1 - 0) لصالح الضيوف.",
        "ref": "2019-06-01",
        "note": "a score before parentheses, not at the head of the text",
    },
    {
        "text": "الرباط - 2 - 1 هي نتيجة اللقاء الودي.",
        "ref": "2019-06-01",
        "note": "a dateline-like opening without the agency in parentheses",
    },
    {
        "text": "حصل المرشح على 12/15 صوتا داخل اللجنة.",
        "ref": "2019-06-01",
        "note": "a share of votes without a cue before it",
    },
]


def build() -> dict[str, list[dict[str, object]]]:
    """The two files' rows, by file name."""
    return {
        "dates_numeric_real.jsonl": build_cases(REAL, "numeric-real"),
        "dates_numeric_negative.jsonl": build_cases(NEGATIVE, "numeric-neg"),
    }


def main() -> None:
    write(build())


if __name__ == "__main__":
    main()
