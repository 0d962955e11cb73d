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
    ("صالون", "other", "masc"),  # الصالون الدولي للكتاب: a trade or book fair
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
    # خصه باستقبال رسمي: an official reception is an audience
    (
        ("استقبال", "باستقبال", "الاستقبال", "واستقبال"),
        ("رسمي", "رسميا", "الرسمي", "حار", "حارا", "الحار"),
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
    (("تحادث", "تحادثت", "تحادثا", "تحادثوا"), "تحادث", "talks", False),
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
#: The event types a دورة right before is only the edition of (الدورة الـ18 للمهرجان).
#: A دورة of a conference is its sitting and both are events (الدورة الخامسة للمؤتمر).
EDITION_OF_TYPES: tuple[str, ...] = ("other", "forum")

#: Words near a دورة that make it the edition of a prize, contest or tournament, not a
#: sitting: after it (الدورة 33 لجائزة …) within EDITION_REACH tokens, or before a
#: possessed دورة (مسابقة … في دورتها الثانية، المهرجان … بدورته الـ33) within
#: EDITION_OWNER_REACH tokens.
EDITION_OWNERS: tuple[str, ...] = (
    "جائزة", "لجائزة", "الجائزة", "للجائزة", "مسابقة", "لمسابقة", "المسابقة", "للمسابقة",
    "مسابقتي", "مسابقات", "المسابقات", "منافسات", "بطولة", "البطولة", "مهرجان", "المهرجان",
    "للمهرجان", "معرض", "المعرض", "للمعرض", "حفل", "الحفل", "صالون", "الصالون",
)  # fmt: skip
EDITION_OWNER_REACH = 15

#: A دورة followed by one of these is a term or an edition, not a sitting
#: (الدورة الانتخابية، لدورته الجديدة).
NOT_SITTING_NEXT: tuple[str, ...] = ("الانتخابية", "انتخابية", "الجديدة", "جديدة")

#: A دورة with one of these a few tokens before it is a term (السنة الثانية من أعمال
#: الدورة التاسعة).
TERM_BEFORE: tuple[str, ...] = ("السنة", "للسنة", "سنة", "لسنة")
TERM_REACH = 4

#: Words in the few tokens after a دورة that make it an exam or an election round
#: (الدورة العادية للامتحان، الدورة الأولى من الانتخابات). A دورة followed by a year or
#: a month and a year (دورة يونيو 2025، دورة 2023) is one too.
EXAM_WORDS: tuple[str, ...] = (
    "لامتحانات", "امتحانات", "الامتحانات", "للامتحان", "الامتحان", "امتحان", "البكالوريا",
    "الباكالوريا", "للبكالوريا", "الانتخابات", "انتخابات", "للانتخابات", "الاقتراع",
    "الرئاسيات", "التشريعيات",
)  # fmt: skip

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
        # فيستقبل الزوار: an exhibition open to visitors
        "الزوار",
        "زوار",
        "الزائرين",
        "زواره",
        "زوارها",
    ),
    "forum": ("الطرق", "طرق", "الأنهار", "الطريق"),
    "other": (
        "حلاقة",  # صالون حلاقة: a barber's shop
        "تجميل",
        "الحلاقة",
        "التجميل",
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
    # party, organization and company names: لحزب المؤتمر السوداني، منظمة المؤتمر
    # الإسلامي، جمعية المهرجان الدولي، شركة منتدى …
    "لحزب",
    "بحزب",
    "وحزب",
    "منظمة",
    "لمنظمة",
    "بمنظمة",
    "ومنظمة",
    "جمعية",
    "لجمعية",
    "بجمعية",
    "وجمعية",
    "شركة",
    "لشركة",
    "موقع",
    "لموقع",
    "بموقع",
)

#: Names that begin with a trigger word: parties, movements, organizations
#: (written without the clitic before them). A name seen once after a party noun
#: (PARTY_NOUNS) is a name at every later mention in the text too (نائب رئيس المؤتمر
#: الوطني after حزب المؤتمر الوطني); an association is often named after its event
#: (جمعية المهرجان الدولي … الدورة 57 للمهرجان الدولي), so only parties carry over.
NOT_EVENT_NAMES: tuple[str, ...] = (
    "المؤتمر الوطني العام",
    "مؤتمر الشعب العام",
    "المؤتمر الشعبي العام",
    "المؤتمر الشعبي",
    "المؤتمر السوداني",
    "المؤتمر الوطني الإفريقي",
    "المؤتمر الوطني الأفريقي",
    "المؤتمر اليهودي العالمي",
    "المؤتمر اليهودي الأمريكي",
    "الندوة العالمية للشباب الإسلامي",
    "منتدى الفدراليات",
)

#: Words in the few tokens after a trigger that make it sport, not a reported event
#: (الدورة الثانية من البطولة). Not read for ceremonies and fairs (حفل افتتاح ملعب is a
#: ceremony), nor right after the trigger when it is its adjective (اجتماعها الدوري).
OFF_TOPIC_WORDS: tuple[str, ...] = (
    "البطولة", "بطولة", "الدوري", "دوري", "كأس", "الألعاب", "ألعاب", "الأولمبية", "الأولمبي",
    "المباراة", "مباراة", "للتنس", "التنس", "للجولف", "الماراطون", "الماراثون", "للدراجات",
    "المنتخب", "منتخب", "بملعب", "ملعب", "الفريقين", "للاعب", "اللاعب",
)  # fmt: skip
#: Types the sport words above are read for.
OFF_TOPIC_TYPES: tuple[str, ...] = ("meeting", "summit", "session", "forum", "conference")
#: Adjectives that, right after a meeting noun, say "periodic", not "league".
PERIODIC_ADJECTIVES: tuple[str, ...] = ("الدوري", "دوري", "دوريا")

#: Match reports: one of these anywhere in the sentence makes لقاء / يلتقي a match,
#: قمة a top-of-table match and دورة a tournament (يلتقي الجاران … للفريقين).
SPORT_SENTENCE_WORDS: tuple[str, ...] = (
    "الجولة", "ملعب", "بملعب", "الملعب", "بنتيجة", "الفريقين", "للفريقين", "الترتيب",
    "المباراة", "مباراة", "الديربي", "الشوط", "البطولة", "الرابطة المحترفة", "المدرب",
    "هدفين", "الأهداف", "الصدارة", "متصدر", "يتصدر",
)  # fmt: skip
#: Word stems of the triggers the sentence-wide sport test is read for.
SPORT_PRONE_STEMS: tuple[str, ...] = ("لقاء", "لقائ", "لتق", "قمه", "قمة", "دور")
SPORT_SENTENCE_REACH = 25

PARTY_NOUNS: tuple[str, ...] = ("حزب", "لحزب", "بحزب", "وحزب")

#: التام is also the adjective "complete" (written like التأم once hamza is folded):
#: after a possessed noun (دعمه التام) or before one of these words, a ل word or a
#: punctuation mark (التام مع، التام للمبادرة) it is the adjective.
POSSESSIVE_SUFFIXES: tuple[str, ...] = ("ه", "ها", "هم", "هما", "نا", "كم")
COMPLETE_NEXT: tuple[str, ...] = ("مع", "على", "عن", "من", "في", "لكل", "لها", "له", "بين")

#: Demonstratives: هذه الدورة after an exam round or an edition is that same round.
DEMONSTRATIVES: tuple[str, ...] = ("هذه", "هذا", "تلك", "ذلك")

#: Two-word phrases in which a trigger word means something else.
NOT_EVENT_PHRASES: tuple[str, ...] = (
    "إلى اللقاء",
    "أعلى قمة",
    "لقاء القمة",
    "ملتقى نهري",
    "ملتقى الطرق",
    "ملتقى الأنهار",
)

#: كان في استقباله بالمطار: he was welcomed on arrival, not received in audience.
RECEPTION_WELCOME_BEFORE: tuple[str, ...] = ("كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا")

#: Generic mentions, not one occurrence: a definite plural joined by و to another
#: definite plural (المحاضرات والندوات), a definite plural before one of
#: GENERIC_PLURAL_AFTER (في الاجتماعات السابقة), a trigger after one of GENERIC_BEFORE
#: (كل اجتماع، مختلف اللقاءات).
GENERIC_PLURAL_AFTER: tuple[str, ...] = (
    "السابقة", "الماضية", "المقبلة", "القادمة", "المختلفة", "العديدة", "المتتالية",
    "المتعاقبة", "الدورية", "المنتظمة",
)  # fmt: skip
GENERIC_BEFORE: tuple[str, ...] = ("كل", "مختلف", "جميع", "شتى", "لكل", "بكل", "ومختلف")

#: Convening verbs: at most CONVENING_REACH tokens before a definite event noun in
#: the same clause, they are that event's verb (يلتئم بتونس العاصمة … المنتدى), not a
#: second event. Verbs that take people as subject (اجتمع، التقى) are not among them.
CONVENING_VERBS: tuple[str, ...] = (
    "التأم", "التأمت", "يلتئم", "تلتئم", "سيلتئم", "ستلتئم", "ويلتئم", "وتلتئم", "والتأم",
    "والتأمت",
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
