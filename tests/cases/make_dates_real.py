"""Generate ``dates_real.jsonl``: news-style sentences as outlets write them.

Run from anywhere::

    python tests/cases/make_dates_real.py

Each case is a sentence in the wording of a Moroccan, Algerian, Tunisian,
Egyptian, Gulf, Levantine or Iraqi outlet, with the dates it mentions. The
cases exercise constructions in their usual news wording: Hijri dates in
digits, year spans, a weekday with الموافق, a day of a relative month, a weekday
of the current week, dual month names with spaces. Offsets are computed here.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _casefile import write  # sibling scripts, not a package
from make_dates_negative import build_cases

OUT = "dates_real.jsonl"

# "dates": (span text, from, to, grain[, occurrence index of the span]);
# "fails" (optional): why the finder gets the case wrong (it runs as a strict xfail)
CASES: list[dict[str, object]] = [
    {
        "text": "أعلنت المحكمة العليا أن يوم الخميس الموافق 15 أغسطس 2019 هو أول أيام عيد الأضحى.",
        "ref": "2019-08-10",
        "dates": [
            ("الخميس الموافق 15 أغسطس 2019", "2019-08-15", "2019-08-15", "day"),
        ],
        "note": (
            "weekday + الموافق + full date: one mention; the feast it announces, named"
            " without a year or a time word, is the occasion and no second date"
        ),
    },
    {
        "text": "صدر القرار الوزاري رقم 45 بتاريخ 15/9/1440هـ ونشر في الجريدة الرسمية.",
        "ref": "2019-05-25",
        "dates": [("15/9/1440هـ", "2019-05-20", "2019-05-20", "day")],
        "note": "Saudi Hijri date in digits with هـ (Umm al-Qura)",
    },
    {
        "text": "وصدر التعميم بتاريخ 3/4/1441 وبدأ العمل به فورا.",
        "ref": "2019-12-10",
        "dates": [("3/4/1441", "2019-11-30", "2019-11-30", "day")],
        "note": "a numeric date whose year is in 1300–1500 is Hijri even without هـ",
    },
    {
        "text": "سجل الاقتصاد الوطني نموا متوسطا بين عامي 2015 و2018 بلغ 3 في المائة.",
        "ref": "2019-06-20",
        "dates": [("بين عامي 2015 و2018", "2015-01-01", "2018-12-31", "range")],
        "note": "span of years with a dual year noun",
    },
    {
        "text": "تغطي الخطة الخماسية الفترة 2020-2024 وتركز على الطاقات المتجددة.",
        "ref": "2019-12-01",
        "dates": [("2020-2024", "2020-01-01", "2024-12-31", "range")],
        "note": "YEAR-YEAR after الفترة",
    },
    {
        "text": "تضاعف عدد السياح من عام 2010 إلى عام 2015 حسب أرقام الوزارة.",
        "ref": "2016-03-01",
        "dates": [("من عام 2010 إلى عام 2015", "2010-01-01", "2015-12-31", "range")],
        "note": "من عام … إلى عام …",
    },
    {
        "text": "قررت اللجنة تأجيل القمة إلى 2021 بسبب الجائحة.",
        "ref": "2020-04-01",
        "dates": [("2021", "2021-01-01", "2021-12-31", "year")],
        "note": "a bare year after إلى",
    },
    {
        "text": "وزعت الجمعية المساعدات على 2050 أسرة بين 2000 و2050 دينار لكل منها.",
        "ref": "2020-04-01",
        "note": "counts after بين … و … are no span of years",
    },
    {
        "text": "تعقد الجمعية العامة اجتماعها العادي يوم 12 من الشهر المقبل بمقرها المركزي.",
        "ref": "2019-07-20",
        "dates": [("12 من الشهر المقبل", "2019-08-12", "2019-08-12", "day")],
        "note": "a day of a relative month",
    },
    {
        "text": "يلتقي الوزير بممثلي النقابات الخميس الجاري لاستكمال جولة الحوار الاجتماعي.",
        "ref": "2019-01-15",
        "dates": [("الخميس الجاري", "2019-01-17", "2019-01-17", "day")],
        "note": "weekday + الجاري: that day of the current ISO week",
    },
    {
        "text": "وكان الاتفاق قد وقع في 30 حزيران / يونيو 2014 بالعاصمة الأردنية.",
        "ref": "2019-08-20",
        "dates": [("30 حزيران / يونيو 2014", "2014-06-30", "2014-06-30", "day")],
        "note": "dual month name with spaces around the slash",
    },
    {
        "text": "تنطلق يوم الأحد المقبل 15 مارس فعاليات الأسبوع الوطني للكتاب.",
        "ref": "2020-03-10",
        "dates": [("الأحد المقبل 15 مارس", "2020-03-15", "2020-03-15", "day")],
        "note": "weekday + direction before a full date: one mention",
    },
    {
        "text": "وتتواصل التسجيلات إلى غاية 31 دجنبر 2019 على البوابة الإلكترونية.",
        "ref": "2019-11-02",
        "dates": [("31 دجنبر 2019", "2019-12-31", "2019-12-31", "day")],
        "note": "إلى غاية + date (Moroccan month)",
    },
    {
        "text": "اختتمت مساء أمس الأحد 3 آذار (مارس) 2019 أعمال المؤتمر.",
        "ref": "2019-03-04",
        "dates": [("مساء أمس الأحد 3 آذار (مارس) 2019", "2019-03-03", "2019-03-03", "day")],
        "note": "part of the day + relative day + weekday + dual month, one mention",
    },
    {
        "text": "تنطلق الحملة الوطنية للتلقيح في 2 و3 مايو بجميع المستوصفات.",
        "ref": "2019-04-10",
        "dates": [("2 و3 مايو", "2019-05-02", "2019-05-03", "range")],
        "note": "two days of a month without a year: the nearest ones",
    },
    {
        "text": "أحيت الجزائر الذكرى الـ57 لعيد الاستقلال المصادف للخامس من جويلية 1962.",
        "ref": "2019-07-05",
        "dates": [
            ("للخامس من جويلية 1962", "1962-07-05", "1962-07-05", "day"),
        ],
        "note": (
            "Independence Day is the occasion here (no year, no time word); ordinal day after"
            " ل + ال (written لل, kept in the span) and من (Algerian month)"
        ),
    },
    {
        "text": "تتراجع أسعار النفط منذ مطلع العام الحالي بنسبة 12 في المائة.",
        "ref": "2019-06-10",
        "dates": [("مطلع العام الحالي", "2019-01-01", "2019-04-30", "range")],
        "note": "part of the current year: January–April, approximate",
    },
    {
        "text": "اعتمد البنك المركزي خطته للفترة الممتدة من يناير إلى مارس 2020.",
        "ref": "2019-12-20",
        "dates": [("من يناير إلى مارس 2020", "2020-01-01", "2020-03-31", "range")],
        "note": "range of whole months",
    },
    {
        "text": "ارتفعت الأسعار في الشهر السابع من عام 2018 بنسبة طفيفة.",
        "ref": "2019-03-01",
        "dates": [("الشهر السابع من عام 2018", "2018-07-01", "2018-07-31", "month")],
        "note": "numbered month with its year",
    },
    {
        "text": "وسجلت الصادرات تراجعا خلال شهر 7 2018 حسب الديوان.",
        "ref": "2019-03-01",
        "dates": [("شهر 7 2018", "2018-07-01", "2018-07-31", "month")],
        "note": "month in digits after شهر, with its year",
    },
    {
        "text": "دخلت الحامل شهرها السابع، وتتابعها الطبيبة في الشهر السابع كل أسبوع.",
        "ref": "2019-03-01",
        "note": "a numbered month without a year is no date",
    },
    {
        "text": "نشرت الوزارة تقريرها في عام ألفين وثمانية عشر.",
        "ref": "2019-03-01",
        "dates": [("عام ألفين وثمانية عشر", "2018-01-01", "2018-12-31", "year")],
        "note": "year in words",
    },
    {
        "text": "الرباط - الأربعاء، 11 يوليوز 2018 - انعقد بمقر الوزارة اجتماع اللجنة الوطنية.",
        "ref": "2018-07-12",
        "dates": [("الأربعاء، 11 يوليوز 2018", "2018-07-11", "2018-07-11", "day")],
        "note": "MAP dateline: weekday, comma, date: one mention",
    },
    {
        "text": "تنطلق صباح يوم غد عملية توزيع المساعدات على الأسر المتضررة.",
        "ref": "2018-07-13",
        "dates": [("صباح يوم غد", "2018-07-14", "2018-07-14", "day")],
        "note": "يوم غد is tomorrow; the part of the day before it joins the mention",
    },
    {
        "text": "تراجعت المبيعات خلال شهري يوليو وأغسطس 2018 بنسبة 4 في المائة.",
        "ref": "2018-10-13",
        "dates": [("شهري يوليو وأغسطس 2018", "2018-07-01", "2018-08-31", "range")],
        "note": "two months after شهري",
    },
    {
        "text": "وكانت الحكومة قد أعلنت في 20 فبراير من العام الماضي عن خطة للتقشف.",
        "ref": "2018-07-13",
        "dates": [("20 فبراير من العام الماضي", "2017-02-20", "2017-02-20", "day")],
        "note": "day and month of a relative year",
    },
    {
        "text": "يرتقب أن تنظم الانتخابات خلال شهري ديسمبر ويناير المقبلين.",
        "ref": "2018-07-13",
        "dates": [("شهري ديسمبر ويناير المقبلين", "2018-12-01", "2019-01-31", "range")],
        "note": "two months with a plural direction word, across a year end",
    },
]


def build() -> dict[str, list[dict[str, object]]]:
    """The cases, in file order, by file name."""
    return {OUT: build_cases(CASES, "real")}


def main() -> None:
    write(build())


if __name__ == "__main__":
    main()
