"""Event trigger words: nouns and verbs for each event type, and their inflection class.

Data only. The event finder expands each row into every surface form it takes
in news text (clitics و ف ب ل ك, the article and لل, duals, plurals, attached
pronouns, verb persons and the future prefix س), so one row is one word.

Noun inflection classes:

- ``masc``: اجتماع → اجتماعا، اجتماعات، اجتماعين، اجتماعه، اجتماعاتها …
- ``fem``: the stem without its ة: جلس → جلسة، جلسات، جلسته، جلستين …
- ``hamza``: لقاء → لقاءات، لقائه، لقاءه …
- ``maqsura``: the stem without its ى: منتد → منتدى، منتديات، منتداه …
- ``plural``: a plural that takes only pronouns: مباحثات → مباحثاتهما …
- ``fixed``: the word as written, with clitics only.
"""

from __future__ import annotations

#: (stem, event type, inflection class)
NOUNS: tuple[tuple[str, str, str], ...] = (
    ("اجتماع", "meeting", "masc"),
    ("لقاء", "meeting", "hamza"),
    ("قم", "summit", "fem"),
    ("قمم", "summit", "fixed"),
    ("مؤتمر", "conference", "masc"),
    ("مناظر", "conference", "fem"),  # المناظرة الوطنية: a national conference
    ("ند", "forum", "maqsura_wa"),  # ندوة، ندوات، ندوته
    ("منتد", "forum", "maqsura"),
    ("ملتق", "forum", "maqsura"),
    ("زيار", "visit", "fem"),
    ("مباحثات", "talks", "plural"),
    ("محادثات", "talks", "plural"),
    ("مفاوضات", "talks", "plural"),
    ("مشاورات", "talks", "plural"),
    ("جلس", "session", "fem"),
    ("دور", "session", "fem"),
    ("ورش", "workshop", "fem"),
    ("حفل", "other", "masc"),
    ("معرض", "other", "masc"),
    ("مهرجان", "other", "masc"),
    # the noun of استقبل only with its agent attached: خلال استقباله (استقبال alone is
    # also "reception" of refugees, calls …)
    ("استقباله", "meeting", "fixed"),
    ("استقبالها", "meeting", "fixed"),
    ("استقبالهم", "meeting", "fixed"),
)

#: Multi-word triggers: (first word stem forms, second word forms, type). The span
#: covers both words.
PHRASES: tuple[tuple[tuple[str, ...], tuple[str, ...], str], ...] = (
    (
        ("مائدة", "مائده", "المائدة", "المائده"),
        ("مستديرة", "مستديره", "المستديرة", "المستديره"),
        "forum",
    ),
    (("يوم", "يوما", "اليوم"), ("دراسي", "دراسيا", "الدراسي"), "forum"),
    (("أيام", "الأيام"), ("دراسية", "دراسيه", "الدراسية", "الدراسيه"), "forum"),
    # الجمع العام: a general assembly (Morocco, associations and clubs)
    (
        ("جمع", "الجمع", "جمعها", "جمعه", "جمعهم", "للجمع", "بالجمع"),
        ("العام", "عاما", "العادي", "الاستثنائي"),
        "meeting",
    ),
)

#: Verbs: (past-tense forms, present stem after the person prefix, type, transitive).
VERBS: tuple[tuple[tuple[str, ...], str, str, bool], ...] = (
    (("اجتمع", "اجتمعت", "اجتمعا", "اجتمعتا", "اجتمعوا", "اجتمعنا"), "جتمع", "meeting", False),
    (
        ("التقى", "التقت", "التقيا", "التقتا", "التقوا", "التقينا", "التقاه", "التقاها"),
        "لتقي",
        "meeting",
        False,
    ),
    (("التأم", "التأمت"), "لتئم", "meeting", False),
    (("استقبل", "استقبلت", "استقبلا", "استقبلوا"), "ستقبل", "meeting", True),
    (("زار", "زارت", "زارا", "زاروا", "زرنا"), "زور", "visit", True),
    (("تباحث", "تباحثت", "تباحثا", "تباحثوا"), "تباحث", "talks", False),
    (("تفاوض", "تفاوضت", "تفاوضا", "تفاوضوا"), "تفاوض", "talks", False),
)

#: Types whose trigger, right before another event word, is only that event's
#: edition or sitting (الدورة الـ18 للمهرجان: the festival is the event).
EDITION_TYPES: tuple[str, ...] = ("session",)
#: Types whose noun right after another event noun is only its content
#: (جلسة مشاورات، اجتماع مباحثات): the first noun is the event.
COMPLEMENT_TYPES: tuple[str, ...] = ("talks",)

#: Only دورة is an edition; جلسة مشاورات is a session of consultations.
EDITION_STEMS: tuple[str, ...] = ("دور",)
EDITION_REACH = 3

#: Words after a trigger that change its type (ندوة صحفية is a press conference).
TYPE_BY_NEXT_WORD: dict[str, tuple[tuple[str, ...], str]] = {
    "forum": (("صحفية", "صحافية", "صحفيه", "صحافيه", "إعلامية", "اعلاميه"), "conference"),
    "session": (("تكوينية", "تدريبية", "تكوينيه", "تدريبيه"), "workshop"),
}

#: A trigger followed by one of these words is not an event (قمة الجبل، الدورة الدموية).
NOT_EVENT_NEXT: dict[str, tuple[str, ...]] = {
    "summit": (
        "الجبل",
        "جبل",
        "الهرم",
        "هرم",
        "الترتيب",
        "السلم",
        "الجدول",
        "التألق",
        "السعادة",
        "الأولويات",
        "الاهتمامات",
        "الأناقة",
        "الروعة",
        "العطاء",
        "المجد",
        "النجاح",
        "الإثارة",
        "الدوري",
        "البطولة",
        "الشجرة",
        "رأسه",
        "الهرمية",
        "المنحدر",
    ),
    "session": (
        "الدموية",
        "دموية",
        "الاقتصادية",
        "اقتصادية",
        "المياه",
        "مياه",
        "الحياة",
        "حياة",
        "الألعاب",
        "ألعاب",
        "تصوير",
        "التصوير",
        "رياضية",
        "الرياضية",
        "علاج",
        "علاجية",
        "تدليك",
        "الشهرية",
        "شهرية",
        "التنس",
        "للتنس",
        "الأولمبية",
        "الكرة",
        "لكرة",
        "الدراسية",
        "دراسية",
        "الإنتاج",
        "إنتاج",
        "الزراعية",
        "زراعية",
        "الفلاحية",
        "فلاحية",
    ),
    "meeting": (
        # استقبل مستشفى … الجرحى، تستقبل مدينة … السياح: receiving, not an audience
        "مستشفى",
        "المستشفى",
        "مطار",
        "المطار",
        "ميناء",
        "الميناء",
        "مخيم",
        "المخيم",
        "مدينة",
        # لقاء خدماته: "in return for"
        "خدماته",
        "خدماتها",
        "خدماتهم",
        "اشتراك",
        "مبلغ",
        "ثمن",
        "أجر",
        "رسوم",
        "دفع",
        "تعويض",
        "خدمات",
        "مال",
        "أموال",
        "عمولة",
        "رشوة",
        "فدية",
        "مقابل",
        "أجرة",
    ),
    "forum": ("الطرق", "طرق", "الأنهار", "الطريق"),
    "other": (
        "حديثه",
        "حديثها",
        "رده",
        "ردها",
        "تعليقه",
        "تعليقها",
        "جوابه",
        "جوابها",
        "إجابته",
        "تصريحه",
        "تصريحها",
        "كلمته",
        "كلمتها",
        "حديثهم",
        "ردهم",
    ),
}

#: A trigger right after one of these words is part of a name or an idiom
#: (قصر المؤتمرات، علم الاجتماع).
NOT_EVENT_PREVIOUS: tuple[str, ...] = (
    "قصر",
    "مركز",
    "المركز",
    "دار",
    "قاعة",
    "حزب",
    "علم",
    "عالم",
    "علماء",
    "مباراة",
    "لقاء",
    "قصور",
    "بقصر",
    "بمركز",
    "بقاعة",
)

#: Words in the few tokens after a trigger that make it sport, an exam or an election,
#: not a reported event (الدورة الثانية من البطولة، الدورة الأولى من الانتخابات).
OFF_TOPIC_WORDS: tuple[str, ...] = (
    "البطولة", "بطولة", "الدوري", "دوري", "كأس", "الألعاب", "ألعاب", "الأولمبية", "الأولمبي",
    "المباراة", "مباراة", "للتنس", "التنس", "للجولف", "الماراطون", "الماراثون", "للدراجات",
    "المنتخب", "منتخب", "بملعب", "ملعب", "الفريقين", "لامتحانات", "امتحانات", "الامتحانات",
    "الانتخابات", "انتخابات", "الاقتراع", "للاعب", "اللاعب",
)  # fmt: skip

#: Two-word phrases in which a trigger word means something else.
NOT_EVENT_PHRASES: tuple[str, ...] = (
    "إلى اللقاء",
    "أعلى قمة",
    "لقاء القمة",
    "ملتقى نهري",
    "ملتقى الطرق",
    "ملتقى الأنهار",
)

#: Convening verbs: at most CONVENING_REACH tokens before a definite event noun in
#: the same clause, they are that event's verb (يلتئم بتونس العاصمة … المنتدى), not a
#: second event. Verbs that take people as subject (اجتمع، التقى) are not among them.
CONVENING_VERBS: tuple[str, ...] = (
    "التأم", "التأمت", "يلتئم", "تلتئم", "سيلتئم", "ستلتئم", "ويلتئم", "وتلتئم",
)  # fmt: skip
CONVENING_REACH = 10

#: Surface forms that the expansion produces but that are other words (وزاره: a
#: ministry written with ه, not "and he visited him").
#: The definite plural of مؤتمر names venues (قصر المؤتمرات، المركز الدولي للمؤتمرات);
#: معرضين is also "exposed" (المعرضين للخطر).
NOT_TRIGGER_FORMS: tuple[str, ...] = (
    "وزاره", "المؤتمرات", "للمؤتمرات", "بالمؤتمرات", "المعرضين", "معرضين", "للمعرضين",
    "والمعرضين",
)  # fmt: skip
