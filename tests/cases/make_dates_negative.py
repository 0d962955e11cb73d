"""Generate ``dates_negative.jsonl``: sentences where nothing (or only the listed
thing) is a date.

Run from anywhere::

    python tests/cases/make_dates_negative.py

Precision matters as much as recall: counts that look like years, article and
resolution numbers, scores, phone numbers, ordinary words that are also month
names, and dates that do not exist.  The sentences are written by hand below;
offsets are computed here, never counted by hand.  A few sentences also hold a
real date next to the trap: that date (and only it) is gold.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _casefile import build_cases, write  # a sibling script, not a package

OUT = "dates_negative.jsonl"

# "dates" (optional): (span text, from, to, grain[, occurrence index of the span]);
# "fails" (optional): why the finder gets the case wrong (it runs as a strict xfail)
CASES: list[dict[str, object]] = [
    # --- counts: a year-like number followed by a counted noun -----------------
    {
        "text": "شارك أكثر من 2018 عداء في الماراثون الدولي لمراكش.",
        "ref": "2018-01-29",
        "note": "count: 2018 + counted noun",
    },
    {
        "text": "يضم المعرض 2019 عارضا يمثلون 45 دولة.",
        "ref": "2019-02-01",
        "note": "count: 2019 + counted noun",
    },
    {
        "text": "خصصت الجماعة دعما قدره 1500 درهم لكل أسرة متضررة.",
        "ref": "2019-03-12",
        "note": "amount of money",
    },
    {
        "text": "نشرت القوات المسلحة 2000 جندي على طول الشريط الحدودي.",
        "ref": "2020-06-02",
        "note": "count: 2000 + counted noun",
    },
    {
        "text": "انضمت 79 دولة إلى الاتفاقية الإطار حول التغير المناخي.",
        "ref": "2019-05-20",
        "note": "count of countries",
    },
    {
        "text": "بلغت قيمة الاستثمارات الأجنبية 2020 مليون دولار حسب مكتب الصرف.",
        "ref": "2021-02-10",
        "note": "year-like number + مليون",
    },
    {
        "text": "أطلقت الوزارة برنامجا لتأهيل البنية التحتية في 2018 مدرسة عمومية.",
        "ref": "2018-09-05",
        "note": "في + year-like number + counted noun is not a year",
    },
    {
        "text": "أنجزت الشركة المشروع خلال 1200 ساعة عمل متواصلة.",
        "ref": "2019-11-11",
        "note": "خلال + number + counted noun is not a year",
    },
    {
        "text": "قضى المتهم 15 سنة في السجن قبل الإفراج عنه.",
        "ref": "2017-07-04",
        "note": "number + سنة is a duration, not a year",
    },
    {
        "text": "تخرج من المعهد هذا الموسم 2021 طالبا وطالبة.",
        "ref": "2021-07-15",
        "note": "count: 2021 + counted noun",
    },
    {
        "text": "تم توزيع 1999 قفة رمضانية على الأسر المعوزة بالإقليم.",
        "ref": "2019-05-10",
        "note": "count; رمضانية is an adjective, not the month",
    },
    {
        "text": "تتوفر المدينة على 1440 سريرا في المستشفيات العمومية.",
        "ref": "2019-01-20",
        "note": "Hijri-year-like count without era mark",
    },
    {
        "text": "أعلنت الشركة توظيف 1430 شابا في مصانعها الجديدة.",
        "ref": "2010-03-03",
        "note": "Hijri-year-like count",
    },
    {
        "text": "سجلت السلطات الصحية 12 حالة جديدة في 7 مدن.",
        "ref": "2020-04-14",
        "note": "small counts",
    },
    {
        "text": "فاز العداء المغربي بسباق 5000 متر في الملتقى الدولي.",
        "ref": "2018-07-21",
        "note": "distance",
    },
    {
        "text": "تراوحت أعمار المشاركين بين 10 و12 سنة.",
        "ref": "2019-08-01",
        "note": "بين X وY of ages is not a date range",
    },
    {
        "text": "تتراوح قيمة المنحة بين 3000 و4500 درهم شهريا.",
        "ref": "2019-09-30",
        "note": "بين X وY of amounts is not a date range",
    },
    {
        "text": "يتسع الملعب لما بين 45 و60 ألف متفرج.",
        "ref": "2019-10-02",
        "note": "بين X وY of capacities",
    },
    {
        "text": "يتراوح عدد المقاعد من 10 إلى 12 مقعدا في كل عربة.",
        "ref": "2018-11-19",
        "note": "من X إلى Y of seats is not a date range",
    },
    {
        "text": "تبلغ المسافة بين المدينتين 2019 كيلومترا.",
        "ref": "2019-12-01",
        "note": "count: 2019 + unit",
    },
    {
        "text": "أعلنت الوزارة عن مباراة لتوظيف 2000 أستاذ.",
        "ref": "2019-03-03",
        "note": "count: 2000 + counted noun",
    },
    {
        "text": "صنف المغرب في المرتبة 53 من أصل 190 دولة.",
        "ref": "2019-10-24",
        "note": "rank and count",
    },
    {"text": "وصلت درجة الحرارة إلى 45 درجة في مراكش.", "ref": "2019-07-28", "note": "temperature"},
    {
        "text": "بلغت حصيلة الضحايا 31 قتيلا و12 جريحا.",
        "ref": "2018-02-17",
        "note": "31 and 12 are counts, not day and month",
    },
    {
        "text": "يقع المقر في الطابق 12 من العمارة رقم 2019.",
        "ref": "2019-04-04",
        "note": "number after رقم",
    },
    {
        "text": "خصصت الوزارة 12 مليار درهم لتمويل 300 مشروع.",
        "ref": "2018-10-10",
        "note": "amounts",
    },
    # --- legal references and document numbers --------------------------------
    {
        "text": "ينص الفصل 47 من الدستور على تعيين رئيس الحكومة من الحزب المتصدر.",
        "ref": "2016-10-10",
        "note": "article number",
    },
    {
        "text": "تنص المادة 12 من مدونة الشغل على حماية الأجراء.",
        "ref": "2019-04-10",
        "note": "article number",
    },
    {
        "text": "طالب المجلس بتنفيذ القرار 2254 دون تأخير.",
        "ref": "2018-12-20",
        "note": "resolution number",
    },
    {
        "text": "أصدر مجلس الأمن القرار رقم 2440 بشأن بعثة المينورسو.",
        "ref": "2018-11-01",
        "note": "resolution number",
    },
    {
        "text": "صادق البرلمان على القانون رقم 31.08 المتعلق بحماية المستهلك.",
        "ref": "2011-02-18",
        "note": "law number 31.08 looks like day.month but is not a date",
    },
    {
        "text": "صدر الظهير الشريف رقم 1.11.91 بتنفيذ نص الدستور.",
        "ref": "2011-07-30",
        "note": "dahir number 1.11.91 is not a date",
    },
    {
        "text": "أحال الوزير مشروع المرسوم رقم 2.19.345 على المجلس الحكومي.",
        "ref": "2019-05-02",
        "note": "decree number",
    },
    {
        "text": "تضمنت المذكرة رقم 2019/45 توجيهات إلى مديري المؤسسات.",
        "ref": "2019-06-06",
        "note": "memo number yyyy/nn is not a date",
    },
    # --- scores, phone numbers, times, ratios, versions -----------------------
    {
        "text": "تغلب المنتخب الوطني على نظيره الغاني بنتيجة 2-1 في مباراة ودية.",
        "ref": "2019-03-27",
        "note": "score",
    },
    {
        "text": "انتهت مباراة الديربي بالتعادل 1-1 أمام جماهير غفيرة.",
        "ref": "2019-02-03",
        "note": "score",
    },
    {
        "text": "فاز الفريق بثلاثية نظيفة 3-0 وتأهل إلى الدور الموالي.",
        "ref": "2019-01-15",
        "note": "score",
    },
    {
        "text": "حسم المنتخب المباراة بنتيجة 12-7 في كرة اليد.",
        "ref": "2019-01-20",
        "note": "score 12-7 looks like day-month but is not a date",
    },
    {
        "text": "للاستفسار يرجى الاتصال بالرقم 0522 45 67 89 في أوقات العمل.",
        "ref": "2019-09-09",
        "note": "phone number",
    },
    {
        "text": "خصصت الوزارة الرقم الأخضر 080 100 2020 لتلقي الشكايات.",
        "ref": "2020-03-20",
        "note": "phone number ending in a year-like group",
    },
    {
        "text": "يمكن التواصل مع المصلحة عبر الرقم +212 661 23 45 67 طيلة الأسبوع.",
        "ref": "2018-05-05",
        "note": "international phone number; طيلة الأسبوع has no modifier",
    },
    {"text": "تبدأ الحصة على الساعة 10:30 صباحا.", "ref": "2019-09-16", "note": "clock time"},
    {
        "text": "ارتفع المؤشر بنسبة 12.07 في المائة عند الإغلاق.",
        "ref": "2018-07-12",
        "note": "percentage 12.07 looks like day.month",
    },
    {"text": "بلغ معدل النمو 2,5 في المائة حسب التقديرات.", "ref": "2019-12-12", "note": "decimal"},
    {
        "text": "صادق ثلثا الأعضاء، أي 2/3 من المجلس، على التعديل.",
        "ref": "2019-12-04",
        "note": "fraction 2/3 is not a date",
    },
    {
        "text": "تقع الجماعة على بعد 12 كيلومترا من مركز الإقليم عبر الطريق الوطنية رقم 7.",
        "ref": "2018-03-03",
        "note": "distance and road number",
    },
    {
        "text": "أطلقت الشركة الإصدار 2.0 من تطبيقها للهواتف الذكية.",
        "ref": "2018-08-08",
        "note": "version number",
    },
    {"text": "يبلغ طول النفق 12.5 كيلومتر.", "ref": "2017-04-04", "note": "decimal length"},
    # --- words that are also month names, without a day or a year -------------
    {
        "text": "أكدت تيريزا ماي أمام مجلس العموم أن حكومتها ستواصل المفاوضات.",
        "ref": "2019-01-10",
        "note": "ماي is a surname here",
    },
    {
        "text": "صرحت ماي بأن الاتفاق هو الخيار الأفضل للمملكة المتحدة.",
        "ref": "2018-12-11",
        "note": "ماي is a surname here",
    },
    {
        "text": "آب المسافر إلى وطنه إثر غياب طويل.",
        "ref": "2019-08-15",
        "note": "آب is a verb (returned) here",
    },
    {
        "text": "يعاني سكان القرية من انقطاعات متكررة في الماء الصالح للشرب.",
        "ref": "2019-08-02",
        "note": "الماء is water",
    },
    {
        "text": "تكثر حرائق الغابات في الصيف بسبب ارتفاع درجات الحرارة.",
        "ref": "2019-07-20",
        "note": "الصيف is the season",
    },
    {
        "text": "سجل اللاعب ناصر الشاذلي هدف الفوز في الدقائق الأخيرة.",
        "ref": "2019-03-03",
        "note": "ناصر is a first name",
    },
    {
        "text": "ساهمت احتجاجات الربيع العربي في تغيير المشهد السياسي.",
        "ref": "2016-01-14",
        "note": "الربيع العربي",
    },
    {
        "text": "تزهر أشجار اللوز في الربيع فتتحول الحقول إلى لوحات بيضاء.",
        "ref": "2019-02-25",
        "note": "الربيع is the season",
    },
    {
        "text": "انطلقت المقاولة من الصفر قبل أن تصبح رائدة في القطاع.",
        "ref": "2019-06-06",
        "note": "الصفر is zero",
    },
    {"text": "سجلت المنطقة صفر حالة وفاة خلال الموسم.", "ref": "2020-05-30", "note": "صفر is zero"},
    {
        "text": "التقى الرئيس التركي رجب طيب أردوغان نظيره الروسي في سوتشي.",
        "ref": "2019-02-15",
        "note": "رجب is a first name",
    },
    {
        "text": "تعرف كتب التاريخ السلطان محمد الفاتح بفتح القسطنطينية.",
        "ref": "2019-05-29",
        "note": "الفاتح is a name",
    },
    {
        "text": "يحتضن مسجد الفاتح بإسطنبول آلاف المصلين.",
        "ref": "2019-06-01",
        "note": "الفاتح is a name",
    },
    {
        "text": "ارتفع إنتاج التمور في الواحات بفضل التساقطات الأخيرة.",
        "ref": "2019-10-20",
        "note": "التمور are dates (the fruit)",
    },
    {
        "text": "يستعد الفلاحون لموسم الحرث إثر تساقط الأمطار.",
        "ref": "2019-11-05",
        "note": "الحرث is ploughing",
    },
    {
        "text": "يلتف أفراد الأسرة حول الكانون في ليالي الشتاء الباردة.",
        "ref": "2019-01-05",
        "note": "الكانون is a brazier",
    },
    {"text": "تكسو أزهار النوار سفوح الجبال.", "ref": "2019-03-15", "note": "النوار are blossoms"},
    {
        "text": "شوهدت أسراب الطير المهاجرة فوق بحيرة سيدي بوغابة.",
        "ref": "2019-10-10",
        "note": "الطير are birds",
    },
    {
        "text": "حل فريق مارسيليا ضيفا على باريس سان جيرمان.",
        "ref": "2019-10-27",
        "note": "مارسيليا contains مارس",
    },
    {
        "text": "مارس الحزب ضغوطا كبيرة على الحكومة لسحب المشروع.",
        "ref": "2019-04-02",
        "note": "مارس is a verb (exerted) here",
    },
    {
        "text": "أشاد النائب حميد شباط بأداء المنتخب.",
        "ref": "2018-06-20",
        "note": "شباط is a surname",
    },
    {
        "text": "التقط المصور صورا بكاميرا كانون حديثة.",
        "ref": "2019-05-05",
        "note": "كانون is a brand",
    },
    {
        "text": "نشرت صحيفة تشرين السورية افتتاحية حول الوضع الاقتصادي.",
        "ref": "2019-04-04",
        "note": "تشرين alone is a newspaper name",
    },
    {
        "text": "أعلنت شركة نيسان عن طراز جديد من سياراتها الكهربائية.",
        "ref": "2019-09-09",
        "note": "نيسان is a car maker",
    },
    {
        "text": "اعتبر الداعية أن هذا الفعل محرم شرعا.",
        "ref": "2019-09-01",
        "note": "محرم is an adjective (forbidden)",
    },
    {
        "text": "أحيا الفنان شعبان عبد الرحيم حفلا في القاهرة.",
        "ref": "2018-12-12",
        "note": "شعبان is a first name",
    },
    {
        "text": "حاضر المفكر طارق رمضان في جامعة أكسفورد.",
        "ref": "2017-11-11",
        "note": "رمضان is a surname",
    },
    # --- relative words used in other senses ----------------------------------
    {
        "text": "البلاد في أمس الحاجة إلى إصلاحات هيكلية عميقة.",
        "ref": "2019-02-02",
        "note": "أمس الحاجة = in dire need, not yesterday",
    },
    {
        "text": "غدا المشروع واقعا ملموسا بفضل تضافر الجهود.",
        "ref": "2019-02-02",
        "note": "غدا is a verb (became) here",
    },
    {
        "text": "يحتفل العالم باليوم العالمي للمياه بتنظيم أنشطة تحسيسية.",
        "ref": "2019-03-22",
        "note": "اليوم العالمي is a name, not today",
    },
    {
        "text": "شدد المدير العام على أهمية الرأي العام في تقييم السياسات.",
        "ref": "2019-05-05",
        "note": "العام as an adjective",
    },
    {
        "text": "أكد علماء أهل السنة على أهمية الوحدة.",
        "ref": "2019-06-06",
        "note": "السنة as in Sunna",
    },
    {
        "text": "قال النائب إن الجيل المقبل سيدفع ثمن المديونية.",
        "ref": "2019-07-07",
        "note": "المقبل without a time noun",
    },
    {
        "text": "تأهل العداء إلى النهائي قبل ثلاثة متسابقين آخرين.",
        "ref": "2019-08-08",
        "note": "قبل + count of people is not a date",
    },
    {
        "text": "وصل الفريق إلى نهاية المطاف في منافسات الكأس.",
        "ref": "2019-05-25",
        "note": "نهاية المطاف (in the end) is not a month part",
    },
    {
        "text": "حقق الفريق انطلاقة قوية مع بداية الموسم الرياضي.",
        "ref": "2019-09-15",
        "note": "بداية الموسم is not a month part",
    },
    # --- impossible dates --------------------------------------------------------
    {
        "text": "رفضت الإدارة الطلب لأنه مؤرخ في 31 فبراير 2020.",
        "ref": "2020-03-10",
        "note": "31 February does not exist",
    },
    {
        "text": "زعم الشاهد أنه التقى المتهم في 30 شباط الماضي.",
        "ref": "2019-04-02",
        "note": "30 شباط does not exist in any year",
    },
    {
        "text": "أعلن المنظمون عن لقاء في 29 فبراير 2019 قبل أن يتداركوا الخطأ.",
        "ref": "2019-02-20",
        "note": "2019 is not a leap year",
    },
    {
        "text": "تحدثت الوثيقة عن 29 فبراير 2100 كموعد للتجديد.",
        "ref": "2019-01-01",
        "note": "2100 is not a leap year (century rule)",
    },
    {
        "text": "ورد في المحضر تاريخ 31 نونبر 2018 وهو خطأ مادي.",
        "ref": "2018-12-03",
        "note": "November has 30 days",
    },
    {
        "text": "حدد الإعلان موعد التسجيل في 31 أبريل 2020.",
        "ref": "2020-04-01",
        "note": "April has 30 days",
    },
    {
        "text": "دعي الموظفون إلى اجتماع يوم 31 سبتمبر 2018.",
        "ref": "2018-09-20",
        "note": "September has 30 days",
    },
    {
        "text": "نشرت الصحيفة خبرا مؤرخا في 31 حزيران 2019.",
        "ref": "2019-07-01",
        "note": "June has 30 days",
    },
    {
        "text": "يحمل الطابع البريدي تاريخ 30 فيفري 2016.",
        "ref": "2016-03-01",
        "note": "30 February does not exist even in a leap year",
    },
    {"text": "سجلت المراسلة بتاريخ 32 يوليوز 2018.", "ref": "2018-08-01", "note": "day 32"},
    {"text": "يتحدث البلاغ عن اجتماع بتاريخ 0 مارس 2019.", "ref": "2019-03-05", "note": "day 0"},
    {
        "text": "تضمنت الفاتورة تاريخ 12/13/2019 مما أثار الشكوك.",
        "ref": "2019-12-20",
        "note": "month 13: numeric dates are day-first, never month-first",
    },
    {
        "text": "حملت الرسالة تاريخ 31/06/2019.",
        "ref": "2019-07-02",
        "note": "31 June does not exist",
    },
    {
        "text": "كتب على الإيصال 2019-02-30 بدل التاريخ الصحيح.",
        "ref": "2019-03-02",
        "note": "ISO date 30 February does not exist",
    },
    {
        "text": "يشير المحضر إلى جلسة بتاريخ 00/05/2019.",
        "ref": "2019-05-10",
        "note": "numeric day 00",
    },
    # --- a trap next to a real date: only the real date is gold ---------------
    {
        "text": "صحح البلاغ تاريخ 31 أبريل 2019 ليصبح 30 أبريل 2019.",
        "ref": "2019-04-25",
        "dates": [("30 أبريل 2019", "2019-04-30", "2019-04-30", "day")],
        "note": "impossible date next to the real one",
    },
    {
        "text": "ألغي الاجتماع المعلن عنه في 30 شباط، وحدد موعد جديد في 2 آذار 2019.",
        "ref": "2019-02-20",
        "dates": [("2 آذار 2019", "2019-03-02", "2019-03-02", "day")],
        "note": "impossible date next to the real one",
    },
    {
        "text": "أكدت ماي في 15 يناير 2019 رفض البرلمان للاتفاق.",
        "ref": "2019-01-16",
        "dates": [("15 يناير 2019", "2019-01-15", "2019-01-15", "day")],
        "note": "ماي as a name next to a real date",
    },
    {
        "text": "وصل ناصر بوريطة إلى نواكشوط في 3 ماي 2019.",
        "ref": "2019-05-04",
        "dates": [("3 ماي 2019", "2019-05-03", "2019-05-03", "day")],
        "note": "ناصر is a name; ماي with a day and a year is a month",
    },
    {
        "text": "ارتفع إنتاج التمور سنة 2019 بنسبة 5 في المائة.",
        "ref": "2020-01-15",
        "dates": [("سنة 2019", "2019-01-01", "2019-12-31", "year")],
        "note": "التمور is fruit; سنة 2019 is a year",
    },
    {
        "text": "سجلت المدينة صفر إصابة في 14 يونيو 2020.",
        "ref": "2020-06-15",
        "dates": [("14 يونيو 2020", "2020-06-14", "2020-06-14", "day")],
        "note": "صفر is zero; the real date is Gregorian",
    },
    {
        "text": "زار 2018 سائحا المتحف الوطني في 2019.",
        "ref": "2020-01-10",
        "dates": [("2019", "2019-01-01", "2019-12-31", "year")],
        "note": "2018 + counted noun is a count; في 2019 at the end is a year",
    },
    {
        "text": "شارك 1500 عداء في ماراثون الرباط يوم 14 أبريل 2019.",
        "ref": "2019-04-15",
        "dates": [("14 أبريل 2019", "2019-04-14", "2019-04-14", "day")],
        "note": "count next to a real date",
    },
    {
        "text": "تنص المادة 12 من القانون الصادر سنة 2011 على هذه العقوبة.",
        "ref": "2019-10-10",
        "dates": [("سنة 2011", "2011-01-01", "2011-12-31", "year")],
        "note": "article number next to a year",
    },
    {
        "text": "فاز الفريق بنتيجة 2-1 يوم الأحد 7 أبريل 2019.",
        "ref": "2019-04-08",
        "dates": [("الأحد 7 أبريل 2019", "2019-04-07", "2019-04-07", "day")],
        "note": "score next to a real date",
    },
    {
        "text": "صادق البرلمان على القانون رقم 31.13 في 12 فبراير 2019.",
        "ref": "2019-02-14",
        "dates": [("12 فبراير 2019", "2019-02-12", "2019-02-12", "day")],
        "note": "law number next to a real date",
    },
]


def build() -> dict[str, list[dict[str, object]]]:
    """The negative cases, in file order, by file name."""
    # the real date in "فاز الفريق … الأحد 7 أبريل 2019" must be a Sunday
    assert date(2019, 4, 7).weekday() == 6
    return {OUT: build_cases(CASES, "neg")}


def main() -> None:
    write(build())


if __name__ == "__main__":
    main()
