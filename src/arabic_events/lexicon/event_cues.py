"""Words around an event trigger: status cues, linking words, place and participant cues.

Data only. Words are written as in text; matching folds hamza forms, ى/ي and a
final ة/ه. Multi-word cues use single spaces. Verb cues list the forms news
writes (past: عقد، عقدت، عقدها; future: سيعقد، ستعقد …).
"""

from __future__ import annotations

#: Status cues, by status. A cue counts in the trigger's clause: before it up to
#: the clause start, after it up to the clause end.
STATUS_CUES: dict[str, tuple[str, ...]] = {
    "cancelled": (
        "إلغاء",
        "ألغي",
        "ألغيت",
        "ألغى",
        "ألغت",
        "إلغائه",
        "إلغائها",
        "ألغيا",
        "يلغي",
        "تلغي",
        "بإلغاء",
        "وإلغاء",
        "ملغى",
        "ملغاة",
        "تعذر",
        "تعذر عقد",
        "لعدم اكتمال النصاب",
    ),
    "postponed": (
        "تأجيل",
        "بتأجيل",
        "وتأجيل",
        "تأجل",
        "تأجلت",
        "أجل",
        "أجلت",
        "أرجئ",
        "أرجئت",
        "إرجاء",
        "بإرجاء",
        "أرجأ",
        "أرجأت",
        "تأجيله",
        "تأجيلها",
        "إرجائه",
        "إرجائها",
        "مؤجل",
        "مؤجلة",
        "يؤجل",
        "تؤجل",
    ),
    "ongoing": (
        "تتواصل",
        "يتواصل",
        "متواصلة",
        "تتواصل أشغال",
        "يواصل",
        "تواصل",
        "تواصلت",
        "حاليا",
        "الجارية",
        "المتواصلة",
        "انطلقت أشغال",
        "انطلقت أعمال",
        "تستمر",
        "سيستمر",
        "ستستمر",
        "يستمر",
        "تجري حاليا",
        "يقوم",
        "تقوم",
        "انطلقت",
        "انطلق",
    ),
    "planned": (
        "سوف",
        "من المقرر",
        "المقرر",
        "المقررة",
        "مقررا",
        "مقررة",
        "المرتقب",
        "المرتقبة",
        "يرتقب",
        "ترتقب",
        "من المرتقب",
        "المزمع",
        "المزمعة",
        "يعتزم",
        "تعتزم",
        "على أن",
        "المقبل",
        "المقبلة",
        "القادم",
        "القادمة",
        "من المنتظر",
        "المنتظر",
        "ينتظر",
        "يتوقع",
        "تستعد",
        "يستعد",
        "للتحضير",
        "تحضيرا",
        "استعدادا",
        "لاحتضان",
        "لاستضافة",
        "لعقد",
        "سيعقد",
        "ستعقد",
        "سينعقد",
        "ستنعقد",
        "ستحتضن",
        "سيحتضن",
        "ستستضيف",
        "سيستضيف",
        "ستنظم",
        "سينظم",
        "ستنطلق",
        "سينطلق",
        "سيفتتح",
        "ستفتتح",
        "سيشارك",
        "ستشارك",
        "سيقام",
        "ستقام",
        "دعوة إلى",
        "يرتقب أن",
        # future verbs of presiding, attending and holding (سيترأس مساء اليوم حفل …،
        # سيتم عقد قمة …)
        "سيترأس",
        "ستترأس",
        "سيرأس",
        "سترأس",
        "سيتم",
        "ستتم",
        "سيشرف",
        "ستشرف",
        "سيرعى",
        "سترعى",
        "سيحضر",
        "ستحضر",
        "سيجري",
        "ستجري",
        "سيكون",
        "ستكون",
        "سيدشن",
        "ستدشن",
        "سيقوم",
        "ستقوم",
        "سيتوجه",
        "ستتوجه",
        "سيشهد",
        "ستشهد",
        "سيعقدان",
        "ستعقدان",
        "سيلقي",
        "ستلقي",
        "سيقيم",
        "ستقيم",
        "سيتضمن",
        "ستتضمن",
        "سيلتئم",
        "ستلتئم",
        "سيحتضنه",
        "ستحتضنه",
        "سيحتضنها",
        "ستحتضنها",
        # a call to hold, a purpose (دعت إلى عقد اجتماع، وصل للمشاركة في اجتماع)
        "إلى عقد",
        "الى عقد",
        "إلي عقد",
        "للمشاركة",
        "لحضور",
        "لترؤس",
        "لترأس",
        "قبيل إطلاق",
        "قبيل انطلاق",
        "قبيل انعقاد",
        "قبيل بدء",
    ),
    # Imperfect verbs: planned when nothing else says otherwise; a linked date
    # in the past makes them held.
    "planned_weak": (
        "يعقد",
        "تعقد",
        "ينعقد",
        "تنعقد",
        "يحتضن",
        "تحتضن",
        "يستضيف",
        "تستضيف",
        "ينظم",
        "تنظم",
        "يفتتح",
        "تفتتح",
        "يقام",
        "تقام",
        "تنطلق",
        "ينطلق",
        "يستأنف",
        "تستأنف",
        "يلتئم",
        "تلتئم",
        "يجري",
        "تجري",
        "يشارك",
        "تشارك",
        "يحل",
        "تحل",
        # presiding and hosting in the present: announced for later the same day
        # (يشرف رئيس الجمهورية مساء اليوم على اجتماع)
        "يترأس",
        "تترأس",
        "يرأس",
        "يشرف",
        "تشرف",
        "يرعى",
        "ترعى",
        "يقيم",
        "تقيم",
        "يدشن",
        "تدشن",
        "يتوجه",
        "تتوجه",
        "تبدأ",
        "يبدأ",
    ),
    # Opening words: a lasting event (a session دورة, a conference, forum, festival,
    # fair, summit or visit) they open is under way (ongoing) while the date they
    # give is at most OPENING_DAYS before the reference, or when they give none.
    # Other events read them through the labels above (افتتح is also held).
    "opening": (
        "افتتح",
        "افتتحت",
        "افتتاح",
        "بدأ",
        "بدأت",
        "استأنف",
        "استأنفت",
        "شرع",
        "شرعت",
        "انطلاقة",
        "انطلقت",
        "انطلق",
        "حل",
        "حلت",
        "يختتم",
        "تختتم",
    ),
    "held": (
        "انعقد",
        "انعقدت",
        "عقد",
        "عقدت",
        "عقدا",
        "عقدوا",
        "عقده",
        "عقدها",
        "عقدته",
        "عقدتها",
        "جرت",
        "جرى",
        "أجرى",
        "أجرت",
        "أجريا",
        "أجروا",
        "أجراها",
        "أجراه",
        "أجرتها",
        "أجرته",
        "أجريت",
        "أجري",
        "احتضن",
        "احتضنت",
        "احتضنته",
        "احتضنتها",
        "استضاف",
        "استضافت",
        "استضافته",
        "استضافتها",
        "اختتم",
        "اختتمت",
        "اختتام",
        "افتتح",
        "افتتحت",
        "شارك",
        "شاركت",
        "شاركوا",
        "شاركا",
        "أقيم",
        "أقيمت",
        "أقام",
        "أقامت",
        "نظم",
        "نظمت",
        "نظمه",
        "نظمها",
        "نظمته",
        "نظمتها",
        "ترأس",
        "ترأست",
        "أشرف",
        "أشرفت",
        "حضر",
        "حضرت",
        "حضروا",
        "التأم",
        "التأمت",
        "قام",
        "قامت",
        "وصل",
        "وصلت",
        "صادق",
        "صادقت",
        "أقر",
        "أقرت",
        "وقع",
        "وقعت",
        "وقعا",
        "بحث",
        "بحثت",
        "بحثا",
        "ناقش",
        "ناقشت",
        "تناول",
        "تناولت",
        "عرف",
        "عرفت",
        "شهد",
        "شهدت",
        "جمع",
        "جمعت",
        "جمعهما",
        "جمعهم",
        "خلال",
        "توج",
        "توجت",
        "أسفر",
        "أسفرت",
        "خصص",
        "خصصت",
        "خصصه",
        "خصصها",
        "تم",
        "قد",
        "كان",
        "كانت",
        "انتهت",
        "انتهى",
        "صدر",
        "المنعقد",
        "المنعقدة",
        "المنعقدين",
        "الماضي",
        "الماضية",
        "المنصرم",
        "المنصرمة",
        "الفائت",
        "الفائتة",
        "أمس",
        "البارحة",
        "عقب",
        "إثر",
        "دامت",
        "دام",
        "استغرقت",
        "استغرق",
        "استمرت",
        "ختام",
        "في أعقاب",
        "رعى",
        "رعت",
        "رعاه",
        "رعاها",
        "خص",
        "خصت",
    ),
}

#: Days after an opening word's date during which a lasting event is still ongoing.
OPENING_DAYS = 3

#: Stems of lasting events (several days): دورة، مؤتمر، منتدى، ملتقى، معرض، مهرجان،
#: صالون، زيارة / يزور، قمة، أيام دراسية. A meeting, a sitting (جلسة), a ceremony or a
#: forum (ندوة) is one day.
LASTING_STEMS: tuple[str, ...] = (
    "دور", "مؤتمر", "منتد", "ملتق", "معرض", "مهرجان", "صالون", "زيار", "زور", "قمه",
    "قمم", "ايام",
)  # fmt: skip
#: A conference or forum followed by one of these is a press conference, not lasting.
PRESS_WORDS: tuple[str, ...] = (
    "صحفي", "صحفية", "الصحفي", "الصحفية", "صحافي", "صحافية", "الصحافي", "الصحافية",
    "إعلامية", "الإعلامية", "اعلامية", "الاعلامية",
)  # fmt: skip

#: A cue word right after one of these words is part of a fixed phrase, not a cue
#: (من أجل is "for the sake of", not "postponed").
NOT_CUE_AFTER: dict[str, tuple[str, ...]] = {
    "أجل": ("من", "ومن", "لأجل"),
}

#: Words before a trigger that make it the destination of a postponement
#: (تأجيل البحث إلى الجلسة المقبلة), not what is postponed.
TARGET_WORDS: tuple[str, ...] = ("إلى", "الى", "حتى", "لغاية")

#: Words a few tokens before a place that make it someone's post or the way home,
#: not a venue (سفير جمهورية كوريا بالمغرب، عاد الوفد إلى الرباط بعد زيارة …).
NOT_VENUE_BEFORE: tuple[str, ...] = (
    "سفير", "سفيرة", "سفارة", "السفير", "السفارة", "قنصل", "القنصل", "قنصلية", "ممثل",
    "مندوب", "مكتب", "فرع", "بعثة", "مراسل", "مقيم", "المقيم", "المقيمين", "الجالية", "جالية",
    "عاد", "عادت", "عادوا", "يعود", "تعود", "عودة", "رجع", "رجعت", "غادر", "غادرت", "يغادر",
    "تغادر", "مغادرة",
)  # fmt: skip

#: Cues that make a statement habitual (يعقد اجتماعات منتظمة): status unknown, no date.
HABITUAL_CUES: tuple[str, ...] = (
    "منتظمة",
    "منتظم",
    "بانتظام",
    "دورية",
    "دوري",
    "دوريا",
    "بصفة دورية",
    "كل أسبوع",
    "كل شهر",
    "كل سنة",
    "كل عام",
    "سنويا",
    "شهريا",
    "أسبوعيا",
)

#: Habitual adjectives that, right after a singular trigger, name one sitting of a
#: periodic event (اجتماعها الدوري), not a habit.
PERIODIC_WORDS: tuple[str, ...] = ("دوري", "الدوري", "دوريا", "دورية", "الدورية")

#: Words before a lasting event that make it the frame of the events around it (على
#: هامش القمة، خلال أشغال المنتدى، في إطار فعاليات المعرض).
FRAME_WORDS: tuple[str, ...] = ("هامش", "خلال", "إطار", "بمناسبة", "ضمن")
FRAME_FILLERS: tuple[str, ...] = ("أشغال", "أعمال", "فعاليات", "انعقاد", "افتتاح")
#: An event's proceedings (with or without a pronoun: فعالياته، أشغالها) after an
#: opening or closing verb's event: an event behind ب right after them opens or closes
#: it, on the same day (ويختتم المعرض فعالياته اليوم بندوة).
PROCEEDINGS_WORDS: tuple[str, ...] = ("أشغال", "أعمال", "فعاليات")
#: Words that name an event as the occasion of another (يزورون المنطقة بمناسبة الاجتماع
#: الأول): a definite event right after one is not the event before it told again.
OCCASION_WORDS: tuple[str, ...] = ("بمناسبة", "لمناسبة", "وبمناسبة")

#: A date after one of these is a "since" phrase (منذ عام 2011): no event's date.
SINCE_WORDS: tuple[str, ...] = ("منذ", "ومنذ")
#: Words before a date (or opening it) that make it part of a session's name or a
#: period, not when an event happens (الدورة العادية لشهر فبراير، برسم شهر ماي).
NAMING_BEFORE_DATE: tuple[str, ...] = (
    "لشهر", "برسم", "لسنة", "للسنة", "لعام", "للعام", "لموسم", "للموسم", "حلول",
    # names with a date in them: قوى 14 آذار، حركة 20 فبراير، ثورة 25 يناير، ملعب 5 جويلية
    "قوى", "لقوى", "حركة", "لحركة", "تحالف", "ثورة", "لثورة", "ملعب", "بملعب", "شارع",
    "بشارع", "حرب", "لحرب",
)  # fmt: skip
#: Opening quotation marks that may stand between such a name word and its date
#: (الأمانة العامة لقوى "14 آذار"، حركة «20 فبراير»، ثورة “25 يناير”).
NAME_QUOTES: tuple[str, ...] = ('"', "“", "«", "'")
#: Nouns whose period a date right after them gives (حصيلة السنة المنصرمة، ميزانية 2025،
#: تقرير عام 2023، نتائج الربع الأول): what the report or budget covers, not when an
#: event happens (و، ب، ل allowed before them).
PERIOD_HEADS: tuple[str, ...] = (
    "حصيلة", "نتائج", "تقرير", "ميزانية", "موازنة", "إحصائيات", "حسابات",
)  # fmt: skip
#: Words after a sitting (جلسة) that make it its session's first: a date told before
#: it is the session's start too (عقد المجلس يوم الجمعة الجلسة الأولى من الدورة).
FIRST_SITTING_WORDS: tuple[str, ...] = (
    "الأولى", "الاولى", "الافتتاحية", "الإفتتاحية", "افتتاحية", "الافتتاح", "الإفتتاح",
)  # fmt: skip
#: Verbs that list an event's parts (وتشتمل على محاضرات وندوات ومعرض): the events
#: listed after them, in the sentence of a dated lasting event, take its date.
INCLUSION_VERBS: tuple[str, ...] = (
    "تشتمل", "يشتمل", "اشتملت", "اشتمل", "تتضمن", "يتضمن", "تضمنت", "تضمن", "تشمل",
    "يشمل", "شملت", "شمل",
)  # fmt: skip
#: Between a ceremony (حفل) and the event it opens or closes: one occasion, one date
#: (حفل افتتاح المهرجان يوم الخميس).
CEREMONY_OF_WORDS: tuple[str, ...] = ("افتتاح", "اختتام", "انطلاق", "ختام")
#: Of OTHER_HEADS, an agenda: drawn up before the event it heads, which is to come
#: unless something else says otherwise (نشرت جدول أعمال الجلسة الثانية).
AGENDA_HEADS: tuple[str, ...] = ("جدول", "وجدول", "بجدول", "لجدول")
#: Verbs that close a sitting when it is their object (ورفع رئيس المجلس الجلسة، رفعت
#: الجلسة): the sitting was held. The sitting comes at most 8 tokens after the verb,
#: with no punctuation and none of ``CLOSED_SITTING_BREAKS`` between (not على: once
#: normalized it is also the name علي).
CLOSING_VERBS: tuple[str, ...] = ("رفع", "ورفع", "فرفع", "رفعت", "ورفعت", "فرفعت")
CLOSED_SITTING_BREAKS: tuple[str, ...] = (
    "إلى", "الى", "في", "عن", "من", "حول", "بخصوص", "بشأن", "لدى",
)  # fmt: skip
#: Heads that an event's outcome is (of ``OTHER_HEADS``): the outcomes, results,
#: recommendations or record of an event exist once it is over, so an event they head,
#: with no status cue of its own, was held (لمتابعة مخرجات مؤتمر برلين).
OUTCOME_HEADS: tuple[str, ...] = ("مخرجات", "نتائج", "توصيات", "محضر", "حصيلة")
#: Prepositions that make an event noun right after another trigger its topic
#: (ندوة حول المؤتمر، لقاء عن المعرض; also ب + the noun: لقاء تعريفي بالمعرض).
TOPIC_PREPOSITIONS: tuple[str, ...] = ("حول", "عن")
#: Words that date a document (a law, a decree, a letter) right before its date, or
#: before في and its date (القانون رقم 12 المؤرخ في 16 أوت 2016، المرسوم الصادر في …):
#: that date is the document's, not an event's.
DOCUMENT_DATE_WORDS: tuple[str, ...] = (
    "المؤرخ", "المؤرخة", "المؤرخين", "مؤرخ", "مؤرخة", "صدر", "صدرت", "الصادر", "الصادرة",
    "الموقع", "الموقعة", "المنشور", "المنشورة",
)  # fmt: skip
#: Between a date before a trigger and the trigger, after a reporting verb: the
#: date dates the statement (أفادت … أمس، أن …، قال … مساء اليوم: “سنعمل خلال المؤتمر”).
THAT_OR_QUOTE: tuple[str, ...] = ("أن", "بأن", "إن", '"', "“", "”", "«", "»")
#: Words that open what a reporting verb reports, after the event the statement was
#: made at (قالت خلال ندوة صحفية أنه بداية من الاثنين …): a date past them is the
#: content's. Quotation marks are not among them: event names are quoted too.
THAT_WORDS: tuple[str, ...] = ("أن", "بأن", "إن", "أنه", "أنها", "بأنه", "بأنها", "إنه", "إنها")
#: Reporting verbs told in the past, and the words before an event noun that make it
#: where the statement was made (قالت الوزيرة خلال ندوة صحفية …): that event is held.
PAST_REPORTING_VERBS: tuple[str, ...] = (
    "قال", "قالت", "أعلن", "أعلنت", "أكد", "أكدت", "أوضح", "أوضحت", "كشف", "كشفت",
    "صرح", "صرحت", "أشار", "أشارت", "ذكر", "ذكرت", "أضاف", "أضافت", "شدد", "شددت",
    "أبرز", "أبرزت", "اعتبر", "اعتبرت",
)  # fmt: skip
STATEMENT_FRAME_WORDS: tuple[str, ...] = ("خلال", "في", "فى", "أثناء")
#: An event noun set before a past verb of statement or decision is the setting of
#: what is told, so it was held: في بداية الجلسة هنأ المجلس …، وخلال الاجتماع، نوه
#: الوزير …. The noun follows one of ``SETTING_WORDS`` (و allowed), or في and one of
#: ``SETTING_PARTS``; the verb comes at most 3 tokens after it.
SETTING_WORDS: tuple[str, ...] = ("خلال", "أثناء")
SETTING_PARTS: tuple[str, ...] = ("بداية", "مستهل", "ختام", "نهاية", "مطلع", "افتتاح")
SETTING_VERBS: tuple[str, ...] = (
    *PAST_REPORTING_VERBS,
    "هنأ", "هنأت", "أشاد", "أشادت", "نوه", "نوهت", "ثمن", "ثمنت", "استعرض", "استعرضت",
    "رحب", "رحبت", "دعا", "دعت", "أعرب", "أعربت", "عبر", "عبرت", "جدد", "جددت", "ناقش",
    "ناقشت", "بحث", "بحثت", "تناول", "تناولت", "أقر", "أقرت", "وافق", "وافقت", "اطلع",
    "اطلعت", "تدارس", "تدارست", "صادق", "صادقت", "قرر", "قررت",
)  # fmt: skip
#: Words that end a clause: a date and a trigger on both sides of one belong to
#: different predicates (كما ناقش …، على أن يعود المجلس إلى الانعقاد في أكتوبر، وصل اليوم
#: … قبيل إطلاق محادثات).
CLAUSE_BOUNDARIES: tuple[str, ...] = (
    "كما", "بينما", "فيما", "قبيل", "على أن", "ليعود", "لتعود", "غير أن", "إلا أن",
    # an anniversary: the date is the commemorated event's (الذكرى … لقرار ضم الجولان في 1981)
    "الذكرى", "ذكرى", "بذكرى", "لذكرى", "بالذكرى",
)  # fmt: skip
#: Nouns whose event complement a date before them does not date (تسلمت اليوم رئاسة
#: القمة، نشرت اليوم جدول أعمال الجلسة).
OTHER_HEADS: tuple[str, ...] = (
    "رئاسة", "جدول", "مخرجات", "نتائج", "توصيات", "قرارات", "محضر", "تقرير", "حصيلة",
    "ملف", "تحضيرات", "التحضير", "للتحضير",
)  # fmt: skip

#: Reporting verbs: a date right after them dates the statement, not the event.
REPORTING_VERBS: tuple[str, ...] = (
    "قال",
    "قالت",
    "أعلن",
    "أعلنت",
    "أكد",
    "أكدت",
    "أفاد",
    "أفادت",
    "أوضح",
    "أوضحت",
    "كشف",
    "كشفت",
    "صرح",
    "صرحت",
    "أشار",
    "أشارت",
    "ذكر",
    "ذكرت",
    "أفاد",
    "نقل",
    "نقلت",
    "بيان",
    "بلاغ",
    "أعرب",
    "أعربت",
    "دعا",
    "دعت",
    "أبرز",
    "أبرزت",
    "شدد",
    "شددت",
    "اعتبر",
    "اعتبرت",
    "أبلغ",
    "أبلغت",
    "نفى",
    "نفت",
    "أوردت",
    "أورد",
    "أضاف",
    "أضافت",
    "تصريح",
    "تصريحات",
    "تصريحه",
    "تصريحها",
)

#: Words that open a relative clause or a participle phrase binding a date to the
#: event before it (الاجتماع الذي انعقد في …، القمة المقررة يوم …).
RELATIVE_BINDERS: tuple[str, ...] = (
    "الذي",
    "التي",
    "اللذين",
    "اللتين",
    "الذين",
    "المنعقد",
    "المنعقدة",
    "المقرر",
    "المقررة",
    "المزمع",
    "المزمعة",
    "المرتقب",
    "المرتقبة",
    "المنظم",
    "المنظمة",
    "المبرمج",
    "المبرمجة",
)

#: Prepositions that end the trigger's noun phrase: a relative word after them
#: belongs to another noun (جلساته بعد الانتخابات التي جرت في نوفمبر).
NOUN_PHRASE_BREAKS: tuple[str, ...] = (
    "بعد", "قبل", "مع", "من", "في", "فى", "إلى", "الى", "على", "حول", "عن", "لدى", "بين",
    "ضد", "نحو", "منذ",
)  # fmt: skip

#: Words that look like a future verb (س + ي/ت/ن + stem) but are nouns or names.
NOT_FUTURE_VERBS: tuple[str, ...] = (
    "سياسي", "سياسيا", "سياسيون", "سياسيين", "سياحي", "سياحيا", "سيادي", "سينمائي",
    "سيناريو", "سيناريوهات", "سيراليون", "سيتشوان", "سيدني", "سيارات", "سيارتين",
    "ستوكهولم", "سيبيريا", "سيريلانكا", "سيمنار", "سيمفوني", "سيكولوجي", "سيولتها",
    "سيدنا", "سيدتي", "سيئات", "ستالين", "ستيفن", "سيناتور", "سيتي", "ستاد", "سيرين",
    "ستيف",
)  # fmt: skip

#: Words before a date that make it an event's end (يستمر حتى 3 جمادى الآخرة): a
#: start date elsewhere in the sentence is preferred. A postponed event prefers the
#: date after any of TARGET_WORDS (its new date).
END_BOUND_WORDS: tuple[str, ...] = ("حتى", "لغاية", "غاية")
#: بدلا من الثلاثاء: the date given up is no event's date.
INSTEAD_WORDS: tuple[str, ...] = ("بدلا", "بدل", "عوضا", "عوض")

#: "During it": an event after one of these is held within the lasting event before
#: it (بزيارة عمل يترأس خلالها أعمال الدورة).
DURING_IT: tuple[str, ...] = ("خلالها", "خلاله", "أثناءها", "أثناءه", "خلالهما")

#: Verbs that hold, open or close an event: a relative clause after a comma that
#: opens with one tells of the event itself (الملتقى …، الذي افتتح أمس).
HOLDING_VERBS: tuple[str, ...] = (
    "انعقد", "انعقدت", "عقد", "عقدت", "عقده", "عقدها", "عقدته", "عقدتها", "افتتح",
    "افتتحت", "افتتحه", "افتتحها", "اختتم", "اختتمت", "جرى", "جرت", "أقيم", "أقيمت",
    "انطلق", "انطلقت", "بدأ", "بدأت", "سينطلق", "ستنطلق", "سيعقد", "ستعقد", "ينعقد",
    "تنعقد", "يعقد", "تعقد", "سينعقد", "ستنعقد", "تحتضنه", "تحتضنها", "احتضنته",
    "احتضنتها", "نظم", "نظمت", "نظمه", "نظمها", "نظمته", "نظمتها", "ينظم", "تنظم",
    "ينظمه", "تنظمه", "ستحتضنه", "ستحتضنها", "يستمر", "تستمر", "سيستمر", "ستستمر",
    "تتواصل", "يتواصل", "يقام", "تقام", "سيقام", "ستقام",
)  # fmt: skip

#: Words of purpose between a trip's destination and an event (وصل إلى الجزائر
#: للمشاركة في اجتماع، إلى جنيف قبيل إطلاق محادثات): the destination hosts the event.
PURPOSE_WORDS: tuple[str, ...] = (
    "للمشاركة", "لحضور", "لترؤس", "لترأس", "للمشاركه", "قبيل", "لإجراء", "لعقد",
)  # fmt: skip

#: Of those, the ones whose object a relative clause after them describes, whatever
#: its verb (بعد الانتخابات التي جرت في نوفمبر): the date is that object's.
OTHER_NOUN_BEFORE: tuple[str, ...] = ("بعد", "قبل", "منذ", "حول", "عن", "ضد", "نحو", "لدى")

#: The relative pronouns among them: a relative clause after a comma describes the
#: noun before it, not an event further back.
RELATIVE_PRONOUNS: tuple[str, ...] = ("الذي", "التي", "اللذين", "اللتين", "الذين")

#: Demonstratives and words referring back to an earlier event (هذا الاجتماع، القمة نفسها).
ANAPHORA_BEFORE: tuple[str, ...] = ("هذا", "هذه", "ذلك", "تلك", "نفس")
ANAPHORA_AFTER: tuple[str, ...] = ("نفسه", "نفسها", "ذاته", "ذاتها", "هذا", "هذه", "ذلك", "تلك")

#: Words before a date that make it a name or a modifier, not when something happens.
#: A date linked to an event needs a temporal word before it, or nothing (a clause start).
TEMPORAL_BEFORE_DATE: tuple[str, ...] = (
    "في",
    "يوم",
    "يومي",
    "خلال",
    "منذ",
    "بتاريخ",
    "تاريخ",
    "حتى",
    "إلى",
    "الى",
    "قبل",
    "بعد",
    "ابتداء",
    "اعتبارا",
    "مطلع",
    "أواخر",
    "منتصف",
    "نهاية",
    "بداية",
    "ليلة",
    "صباح",
    "مساء",
    "المنعقد",
    "المنعقدة",
    "المقرر",
    "المقررة",
    "انعقد",
    "انعقدت",
    "عقد",
    "عقدت",
    "عقدها",
    "عقده",
    "المرتقب",
    "المرتقبة",
    "المزمع",
    "المزمعة",
    "مقررا",
    "مقررة",
    "طيلة",
    "طوال",
    "لغاية",
    "غاية",
    "أمس",
    "اليوم",
    "غدا",
    "الفترة",
    "افتتح",
    "افتتحت",
    "اختتم",
    "اختتمت",
    "أقيم",
    "أقيمت",
    "جرت",
    "جرى",
    "الموافق",
    "يعقد",
    "تعقد",
    "ينعقد",
    "تنعقد",
    "سيعقد",
    "ستعقد",
    "يجتمع",
    "اجتمع",
    "سيجتمع",
    "التقى",
    "زار",
    "يزور",
    # a week the date grammar leaves out (إلى الأسبوع الأول من شهر نيسان)
    "الأسبوع",
)

#: Prepositions before a place name (في الرباط، بالرباط، إلى القاهرة for a visit).
PLACE_PREPOSITIONS: tuple[str, ...] = ("في", "ب")
VISIT_PLACE_PREPOSITIONS: tuple[str, ...] = ("إلى", "الى", "ل")

#: Nouns that may stand between the preposition and the name (بمدينة طنجة، في العاصمة عمان).
PLACE_NOUNS: tuple[str, ...] = (
    "مدينة",
    "العاصمة",
    "مقر",
    "قصر",
    "عاصمة",
    "ولاية",
    "محافظة",
    "جهة",
    "إقليم",
    "منطقة",
    "بلدة",
    "جزيرة",
    "منتجع",
    "جامعة",
    "فندق",
    "قاعة",
    "مركز",
    "مطار",
)

#: Of those, the nouns that name a settlement: "مدينة X" is a venue without a
#: preposition (المجلس البلدي لمدينة مكة المكرمة), "جهة X" or "جامعة X" is not.
SETTLEMENT_NOUNS: tuple[str, ...] = ("مدينة", "بلدة", "جزيرة", "منتجع")

#: Nouns before في that make the place the topic, not the venue (حول الوضع في ليبيا).
TOPIC_NOUNS: tuple[str, ...] = (
    "الوضع", "الأوضاع", "الأزمة", "الملف", "النزاع", "الحرب", "السلام", "الاستقرار",
    "التطورات", "الأحداث", "المستجدات", "الأمن", "الاستثمار", "الاستثمارات", "السياحة",
    "الحرائق", "الفيضانات", "الانتخابات", "العنف", "الاقتصاد",
)  # fmt: skip

#: Verbs whose subject is the host place (احتضنت طنجة ملتقى، تستضيف بيروت منتدى).
HOST_VERBS: tuple[str, ...] = (
    "احتضن",
    "احتضنت",
    "احتضنته",
    "احتضنتها",
    "تحتضن",
    "يحتضن",
    "ستحتضن",
    "سيحتضن",
    "استضاف",
    "استضافت",
    "استضافته",
    "استضافتها",
    "تستضيف",
    "يستضيف",
    "ستستضيف",
    "سيستضيف",
    "شهد",
    "شهدت",
    "تشهد",
    "يشهد",
    "تستعد",
    "يستعد",
    # with the event as an object pronoun (المنتدى الذي تحتضنه تونس) and the verbal
    # nouns (احتضان الجزائر اجتماع …)
    "تحتضنه", "تحتضنها", "يحتضنه", "يحتضنها", "ستحتضنه", "ستحتضنها", "سيحتضنه",
    "سيحتضنها", "تستضيفه", "تستضيفها", "يستضيفه", "يستضيفها", "ستستضيفه", "ستستضيفها",
    "سيستضيفه", "سيستضيفها", "احتضان", "باحتضان", "استضافة", "باستضافة",
)  # fmt: skip

#: Nouns that begin a venue written out (بمقر الجهة، في قاعة إيوارت، بفندق جميرا):
#: after ب or في, the noun and at most VENUE_REACH words after it are the place when
#: no gazetteer name that can host follows (بمقر المجلس بالرياض: the city).
VENUE_NOUNS: tuple[str, ...] = (
    "مقر", "المقر", "قاعة", "القاعة", "قصر", "القصر", "فندق", "مسرح", "المسرح", "مطار",
    "ساحة", "منزل", "ديوان", "مبنى", "فضاء", "ملحقة", "الملحقة", "مسجد", "جامع",
    "مدرج", "المدرج", "نادي", "النادي", "مكتبة", "المكتبة", "متحف", "كلية", "الكلية",
    "جامعة", "الجامعة", "معهد", "المعهد", "مجمع", "المجمع", "مركب", "المركب", "قبة",
    "خيمة", "الواجهة", "حديقة", "الصالة", "صالة", "المركز", "مركز", "دار", "رحاب",
    "العاصمة", "عمالة", "المدينة",
)  # fmt: skip
VENUE_REACH = 4
#: Tokens after a venue (up to a comma) in which a city still wins over it.
VENUE_CITY_REACH = 6
#: Tokens from a venue to the town named after a ب noun (بقاعة … بمدارس الرياض), with
#: no comma between: the event takes the town.
VENUE_CHAIN_REACH = 8
#: Tokens from one event to the next one joined to it by و or ل (الدورة السابعة
#: لمؤتمر …، والاجتماعات): the first shares the place written after the second.
LIST_PLACE_REACH = 10
#: Words after an event that introduce its circumstances (حفل …، وذلك في مسرح …): a
#: place after them is that event's.
EXPLAINING_WORDS: tuple[str, ...] = ("وذلك",)
#: Verbs of arrival: the place they reach (حل أمس بالجزائر في زيارة، وصل إلى عمان في
#: زيارة) is the destination of a visit written after it, at most ARRIVAL_REACH
#: tokens after the verb.
ARRIVAL_VERBS: tuple[str, ...] = (
    "حل", "حلت", "يحل", "تحل", "سيحل", "ستحل", "حلوا", "وحل", "وحلت",
    "وصل", "وصلت", "يصل", "تصل", "سيصل", "ستصل", "وصلوا", "ووصل", "ووصلت",
)  # fmt: skip
ARRIVAL_REACH = 6
#: Tokens before a trigger in which a comma and a word with و start its own clause
#: (…في سوريا، وشارك في محادثات أستانة): a place before them counts further.
NEW_CLAUSE_REACH = 8
#: Demonstratives before a trigger that name an event told before (هذه الندوة).
DEMONSTRATIVES: tuple[str, ...] = ("هذا", "هذه", "وهذا", "وهذه")
#: Events after a placeless trigger among which the next mention of its noun is sought.
SAME_EVENT_REACH = 4
#: Tokens from the earlier mention (or the earlier place) to the later one.
SAME_EVENT_REACH_TOKENS = 30
#: Tokens from وذلك to the place it introduces (وذلك يوم الثلاثاء 13 مايو، في مسرح …).
EXPLAINED_PLACE_REACH = 9
#: Words that end a venue phrase (a preposition, a relative word, a date word).
VENUE_STOPS: tuple[str, ...] = (
    "في", "فى", "على", "من", "إلى", "الى", "حول", "يوم", "مع", "خلال", "بحضور", "برئاسة",
    "بمشاركة", "الذي", "التي", "حيث", "وذلك", "صباح", "مساء", "أمس", "اليوم", "غدا",
    "لمناقشة", "لبحث", "لدراسة", "تحت", "عبر", "بين", "و",
)  # fmt: skip

#: Words after which the following noun phrase is a participant.
PARTICIPANT_CUES: tuple[str, ...] = (
    "بمشاركة",
    "بحضور",
    "برئاسة",
    "مع",
    "بين",
    "ضم",
    "ضمت",
    "جمع",
    "جمعت",
    "بين وفدي",
)

#: Words that end a participant phrase.
PARTICIPANT_STOPS: tuple[str, ...] = (
    "في",
    "يوم",
    "حول",
    "بشأن",
    "لبحث",
    "لمناقشة",
    "من",
    "على",
    "إلى",
    "الى",
    "خلال",
    "عن",
    "حيث",
    "قبل",
    "بعد",
    "الذي",
    "التي",
    "الذين",
    "وذلك",
    "لتقييم",
    "لدراسة",
    "تناول",
    "تناولت",
    "تناولا",
)
