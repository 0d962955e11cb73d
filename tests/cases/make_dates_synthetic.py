"""Generate ``dates_synthetic.jsonl``: the date-finding rules of docs/dates.md as data.

Run from anywhere::

    python tests/cases/make_dates_synthetic.py

The output is deterministic (fixed seed).  Gold values are computed here with
``datetime``/``calendar`` and ``hijridate`` (Umm al-Qura), never with
``arabic_events``: this file is the specification, the library is checked
against it.

Span convention (what ``text``/``start``/``end`` of a gold date cover):

* no leading preposition or clitic (في، خلال، منذ، بتاريخ، و ب ل ف ك stay outside),
  no leading يوم/يومي;
* but the weekday, the range words من/بين/إلى/حتى of a range, the year cue
  nouns سنة/عام/العام, the era marks (م، هـ، ه، ميلادية، هجرية), the month-part words
  (مطلع، منتصف…), the relative words (أمس، المقبل، قبل ثلاثة أيام…) and شهر before a
  month name are inside;
* a dual form (يوليو (تموز) 2018، تموز/يوليو 2018) is one mention; a Hijri date
  and its Gregorian equivalent after الموافق are two.
"""

from __future__ import annotations

import calendar
import random
import re
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from hijridate import Gregorian, Hijri

sys.path.insert(0, str(Path(__file__).parent))
from _casefile import mark_known_failures, write  # a sibling script, not a package

OUT = "dates_synthetic.jsonl"
SEED = 20240611

#: Cases the finder is known to get wrong, by id, with the reason: they are
#: written with ``"expect": "fail"`` and run as strict xfails.
KNOWN_FAILURES: dict[str, str] = {}

# --------------------------------------------------------------------------
# Lexicon: the month names of docs/dates.md ("Month names"), written out here apart
# from src/arabic_events/lexicon/months.py so that the cases check the library
# rather than copy it: a spelling added there is added here too.
# --------------------------------------------------------------------------

GREGORIAN_SYSTEMS: dict[str, dict[int, list[str]]] = {
    "msa": {
        1: ["يناير"],
        2: ["فبراير"],
        3: ["مارس"],
        4: ["أبريل", "إبريل", "ابريل"],
        5: ["مايو"],
        6: ["يونيو", "يونيه", "يونية"],
        7: ["يوليو", "يوليه", "يولية"],
        8: ["أغسطس", "اغسطس"],
        9: ["سبتمبر"],
        10: ["أكتوبر", "اكتوبر"],
        11: ["نوفمبر"],
        12: ["ديسمبر"],
    },
    "morocco": {
        1: ["يناير"],
        2: ["فبراير"],
        3: ["مارس"],
        4: ["أبريل"],
        5: ["ماي"],
        6: ["يونيو"],
        7: ["يوليوز"],
        8: ["غشت"],
        9: ["شتنبر"],
        10: ["أكتوبر"],
        11: ["نونبر"],
        12: ["دجنبر"],
    },
    "algeria-tunisia": {
        1: ["جانفي"],
        2: ["فيفري"],
        3: ["مارس"],
        4: ["أفريل"],
        5: ["ماي"],
        6: ["جوان"],
        7: ["جويلية"],
        8: ["أوت"],
        9: ["سبتمبر"],
        10: ["أكتوبر"],
        11: ["نوفمبر"],
        12: ["ديسمبر"],
    },
    "levant": {
        1: ["كانون الثاني", "كانون ثاني", "كانون 2"],
        2: ["شباط"],
        3: ["آذار"],
        4: ["نيسان"],
        5: ["أيار"],
        6: ["حزيران"],
        7: ["تموز"],
        8: ["آب"],
        9: ["أيلول"],
        10: ["تشرين الأول", "تشرين أول", "تشرين 1"],
        11: ["تشرين الثاني", "تشرين ثاني", "تشرين 2"],
        12: ["كانون الأول", "كانون أول", "كانون 1"],
    },
    "libya": {
        1: ["أي النار"],
        2: ["النوار"],
        3: ["الربيع"],
        4: ["الطير"],
        5: ["الماء"],
        6: ["الصيف"],
        7: ["ناصر"],
        8: ["هانيبال"],
        9: ["الفاتح"],
        10: ["التمور"],
        11: ["الحرث"],
        12: ["الكانون"],
    },
    "mauritania": {8: ["أغشت"], 9: ["شتمبر"], 12: ["دجمبر"]},
}

HIJRI_MONTHS: dict[int, list[str]] = {
    1: ["محرم"],
    2: ["صفر"],
    3: ["ربيع الأول"],
    4: ["ربيع الآخر", "ربيع الثاني"],
    5: ["جمادى الأولى", "جمادى الأول"],
    6: ["جمادى الآخرة", "جمادى الثانية"],
    7: ["رجب"],
    8: ["شعبان"],
    9: ["رمضان"],
    10: ["شوال"],
    11: ["ذو القعدة", "ذي القعدة"],
    12: ["ذو الحجة", "ذي الحجة"],
}

# Years each system is used with in the corpus.
SYSTEM_YEARS = {
    "msa": (2003, 2024),
    "morocco": (2008, 2024),
    "algeria-tunisia": (2005, 2024),
    "levant": (2005, 2024),
    "libya": (1986, 2010),
    "mauritania": (2012, 2023),
    "hijri": (1400, 1450),
}

# Monday == 0, as date.weekday().
WEEKDAYS = {
    0: ["الإثنين", "الاثنين"],
    1: ["الثلاثاء"],
    2: ["الأربعاء", "الاربعاء"],
    3: ["الخميس"],
    4: ["الجمعة"],
    5: ["السبت"],
    6: ["الأحد"],
}

ORDINAL_DAYS = {
    1: "الأول",
    2: "الثاني",
    3: "الثالث",
    4: "الرابع",
    5: "الخامس",
    6: "السادس",
    7: "السابع",
    8: "الثامن",
    9: "التاسع",
    10: "العاشر",
    11: "الحادي عشر",
    12: "الثاني عشر",
    13: "الثالث عشر",
    14: "الرابع عشر",
    15: "الخامس عشر",
    16: "السادس عشر",
    17: "السابع عشر",
    18: "الثامن عشر",
    19: "التاسع عشر",
    20: "العشرين",
    21: "الحادي والعشرين",
    22: "الثاني والعشرين",
    23: "الثالث والعشرين",
    24: "الرابع والعشرين",
    25: "الخامس والعشرين",
    26: "السادس والعشرين",
    27: "السابع والعشرين",
    28: "الثامن والعشرين",
    29: "التاسع والعشرين",
    30: "الثلاثين",
    31: "الحادي والثلاثين",
}

# Month parts: (first day, last day or None for the month's last day).
MONTH_PARTS = {
    "مطلع": (1, 10),
    "بداية": (1, 10),
    "أوائل": (1, 10),
    "منتصف": (11, 20),
    "أواسط": (11, 20),
    "أواخر": (21, None),
    "نهاية": (21, None),
}

# --------------------------------------------------------------------------
# Sentence frames.  ``{d}`` is where an adverbial (lead + date) goes; frames
# hold no digits and no word that could itself be read as a date.
# --------------------------------------------------------------------------

ADV_PAST = [
    "انعقد الاجتماع الوزاري {d} بالرباط.",
    "وقع البلدان اتفاقية للتعاون الاقتصادي {d} في العاصمة.",
    "أجرى وزير الخارجية مباحثات مع نظيره الفرنسي {d}.",
    "صادق مجلس النواب على مشروع القانون {d} بالأغلبية.",
    "افتتح رئيس الحكومة {d} أشغال المنتدى الاقتصادي.",
    "عقدت اللجنة المشتركة دورتها العادية {d} بمقر الوزارة.",
    "تم التوقيع على مذكرة التفاهم {d} بحضور ممثلي البلدين.",
    "أصدرت المحكمة حكمها في القضية {d} إثر مداولات طويلة.",
    "سجلت أسعار المواد الغذائية ارتفاعا ملحوظا {d} حسب المندوبية.",
    "وكان المجلس قد عقد جلسة استثنائية {d} لمناقشة الوضع الأمني.",
    "احتضنت مدينة وجدة {d} ملتقى دوليا حول الاقتصاد الأخضر.",
]
ADV_FUTURE = [
    "يرتقب أن يحل الوفد البرلماني بالعاصمة {d} في زيارة رسمية.",
    "تنطلق {d} أشغال المؤتمر الإقليمي حول الأمن الغذائي.",
    "من المقرر أن يزور رئيس الوزراء الجزائر {d} تلبية لدعوة رسمية.",
    "تستضيف مسقط {d} لقاء تشاوريا بين الفرقاء اليمنيين.",
]
NP_FRAMES = [
    "أعلنت الوزارة أن {d} سيكون موعدا لانطلاق الحملة الوطنية.",
    "حددت اللجنة المنظمة {d} موعدا لافتتاح المعرض الدولي.",
    "اختارت الهيئة {d} تاريخا رسميا لإطلاق المشروع.",
]
INITIAL_FRAMES = [
    "{d}، احتضنت العاصمة ندوة دولية حول الأمن الغذائي.",
    "{d}، أطلقت الحكومة برنامجا لدعم المقاولات الصغرى.",
]
CLITIC_FRAMES = {
    "ب": [
        "صادقت الحكومة على المرسوم {d} إثر نقاش طويل.",
        "انطلقت أشغال توسعة الميناء {d} وفق ما أعلنته الوزارة.",
    ],
    "ل": [
        "أصدر البنك المركزي تقريره الشهري {d}.",
        "قدمت الوزارة حصيلتها {d} أمام البرلمان.",
    ],
    "ف": [
        "تأجل الموعد أكثر من مرة، {d} لم يعد مطروحا.",
        "لم يحدد تاريخ الانطلاق إلى الآن، {d} يبقى احتمالا واردا.",
    ],
    "ك": [
        "لم تعرف الأسواق شهرا صعبا {d}.",
        "نادرا ما شهد القطاع انتعاشا {d}.",
    ],
}
# و joins a second month to a first one: two mentions.
WAW_FRAMES = [
    "سجلت الصادرات تراجعا خلال {a} {d} مقارنة بالفترة نفسها.",
    "عقدت اللجنة دورتين في {a} {d} بمقرها المركزي.",
]
RANGE_FRAMES = [
    "تحتضن مدينة فاس {d} الدورة الثالثة لمعرض الكتاب.",
    "تنظم جامعة القاضي عياض {d} ندوة دولية حول الترجمة.",
    "جرت {d} جولة جديدة من المحادثات حول الملف النووي.",
    "يقام {d} مهرجان الفنون الشعبية بمشاركة فرق محلية.",
    "عقد المجلس الإداري للمنظمة اجتماعاته {d} بجنيف.",
]
NUMERIC_FRAMES = [
    "صدر المرسوم التطبيقي {d} ونشر في الجريدة الرسمية.",
    "أصدرت محكمة الاستئناف قرارها {d} في ملف تبديد أموال عمومية.",
    "نشرت الهيئة قرارها {d} على موقعها الرسمي.",
    "وجهت النقابة مراسلة إلى الوزير {d} تطالب فيها بفتح الحوار.",
]
YEAR_FRAMES = [
    "حققت صادرات الفوسفاط نموا مهما {d} وفق التقديرات الرسمية.",
    "تعتزم الحكومة إطلاق برنامج جديد للسكن الاجتماعي {d}.",
    "تراجع عجز الميزانية {d} بشكل ملحوظ.",
    "بلغ عدد الوافدين رقما قياسيا {d} حسب الإحصاءات الرسمية.",
    "صدر القانون المنظم للقطاع {d} ونشر في الجريدة الرسمية.",
]
YEAR_LAM_FRAMES = [
    "صادق البرلمان على قانون المالية {d}.",
    "قدم المجلس الأعلى للحسابات تقريره السنوي {d}.",
]
REL_PAST = [
    "عقد مجلس الحكومة {d} اجتماعا استثنائيا بالرباط.",
    "وكانت المعارضة قد أعلنت {d} انسحابها من جلسة التصويت.",
    "استقبل رئيس الجمهورية {d} وفدا من رجال الأعمال الأجانب.",
    "أعلنت الشركة {d} عن تسريح عدد من العمال.",
    "وقعت الحكومة والنقابات {d} اتفاقا حول الزيادة في الأجور.",
]
REL_FUTURE = [
    "تعقد اللجنة الأممية {d} اجتماعا مغلقا حول الوضع في الساحل.",
    "تنطلق {d} أشغال الملتقى الدولي حول الطاقات المتجددة.",
    "يصل وزير الخارجية الإسباني إلى الرباط {d} في زيارة رسمية.",
    "من المقرر أن تستأنف المفاوضات {d} في جنيف.",
]
REL_NOW = [
    "تتواصل {d} بوهران أشغال الملتقى الوطني حول الرقمنة.",
    "يترأس الوزير الأول {d} اجتماعا للجنة الوطنية للاستثمار.",
]
PERIOD_PAST = [
    "تراجعت واردات الحبوب بشكل كبير {d}.",
    "نظمت النقابات وقفات احتجاجية أمام البرلمان {d}.",
    "ارتفع سعر صرف الدولار أمام العملة المحلية {d}.",
]
PERIOD_FUTURE = [
    "تعتزم الوزارة مراجعة أسعار الأدوية {d}.",
    "ستحتضن عمان {d} منتدى إقليميا للاستثمار.",
    "يرتقب أن يزور وفد من صندوق النقد الدولي تونس {d}.",
]
PERIOD_NOW = [
    "يتوقع صندوق النقد الدولي أن يتسارع النمو {d}.",
    "ينتظر أن يصادق المجلس على الميزانية التعديلية {d}.",
]
SINCE_FRAMES = [
    "يعتصم العمال أمام مقر الشركة {d}.",
    "تتواصل الأشغال في الطريق السيار {d}.",
]
MUWAFIQ_FRAMES = [
    "ناقش مجلس الشورى تقرير هيئة السوق المالية {d}.",
    "أعلنت وزارة الموارد البشرية أن {d} سيكون إجازة رسمية للعاملين.",
    "وقعت المملكة وسلطنة عمان {d} اتفاقية لتنظيم النقل البري.",
]

# Words a frame must not contain: they would add a date mention of their own.
_FRAME_STOPWORDS = [
    "اليوم",
    "أمس",
    "غدا",
    "البارحة",
    "عام",
    "سنة",
    "الشهر",
    "الأسبوع",
    "قبل",
    "بعد",
    "منذ",
    "الربيع",
    "الصيف",
    "الماء",
    "ناصر",
    "صفر",
    "رجب",
    "مارس",
    "ماي",
    "آب",
    "الفاتح",
    "الطير",
    "رمضان",
    "شعبان",
]


def _check_frames() -> None:
    groups = [
        ADV_PAST,
        ADV_FUTURE,
        NP_FRAMES,
        INITIAL_FRAMES,
        WAW_FRAMES,
        RANGE_FRAMES,
        NUMERIC_FRAMES,
        YEAR_FRAMES,
        YEAR_LAM_FRAMES,
        REL_PAST,
        REL_FUTURE,
        REL_NOW,
        PERIOD_PAST,
        PERIOD_FUTURE,
        PERIOD_NOW,
        SINCE_FRAMES,
        MUWAFIQ_FRAMES,
        *CLITIC_FRAMES.values(),
    ]
    weekday_names = [w for names in WEEKDAYS.values() for w in names]
    for group in groups:
        for frame in group:
            bare = re.sub(r"\{\w+\}", "", frame)
            assert not re.search(r"\d", bare), frame
            for word in _FRAME_STOPWORDS + weekday_names:
                assert not re.search(rf"(?<!\w){word}(?!\w)", bare), (word, frame)


# --------------------------------------------------------------------------
# Building blocks
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class G:
    """A gold date mention inside a sentence being assembled."""

    text: str
    start: date
    end: date
    grain: str

    def __post_init__(self) -> None:
        assert self.text == self.text.strip(), self.text
        assert self.start <= self.end, self
        assert self.grain in {"day", "week", "month", "year", "range"}, self.grain


Part = str | G


def assemble(parts: list[Part]) -> tuple[str, list[dict[str, object]]]:
    pieces: list[str] = []
    dates: list[dict[str, object]] = []
    pos = 0
    for part in parts:
        if isinstance(part, G):
            dates.append(
                {
                    "text": part.text,
                    "start": pos,
                    "end": pos + len(part.text),
                    "from": part.start.isoformat(),
                    "to": part.end.isoformat(),
                    "grain": part.grain,
                }
            )
            pieces.append(part.text)
            pos += len(part.text)
        else:
            pieces.append(part)
            pos += len(part)
    text = "".join(pieces)
    assert "  " not in text, text
    for d in dates:
        assert text[d["start"] : d["end"]] == d["text"]  # type: ignore[misc]
    return text, dates


def fill(frame: str, **slots: list[Part]) -> list[Part]:
    parts: list[Part] = []
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", frame):
        parts.append(frame[pos : m.start()])
        parts.extend(slots[m.group(1)])
        pos = m.end()
    parts.append(frame[pos:])
    return [p for p in parts if p != ""]


_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def pick_digits(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.12:
        return "arabic-indic"
    if r < 0.19:
        return "persian"
    return "ascii"


def conv(s: str, style: str) -> str:
    if style == "arabic-indic":
        return s.translate(_ARABIC_INDIC)
    if style == "persian":
        return s.translate(_PERSIAN)
    return s


def mlen(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def month_bounds(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, mlen(y, m))


def h2g(y: int, m: int, d: int) -> date:
    g = Hijri(y, m, d).to_gregorian()
    return date(g.year, g.month, g.day)


def hmlen(y: int, m: int) -> int:
    return int(Hijri(y, m, 1).month_length())


def hmonth_bounds(y: int, m: int) -> tuple[date, date]:
    return h2g(y, m, 1), h2g(y, m, hmlen(y, m))


def hyear_bounds(y: int) -> tuple[date, date]:
    return h2g(y, 1, 1), h2g(y, 12, hmlen(y, 12))


def g2h(d: date) -> tuple[int, int, int]:
    h = Gregorian(d.year, d.month, d.day).to_hijri()
    return h.year, h.month, h.day


def weekday_name(d: date, rng: random.Random) -> str:
    return rng.choice(WEEKDAYS[d.weekday()])


def add_months(d: date, n: int) -> date:
    y, m0 = divmod(d.month - 1 + n, 12)
    y += d.year
    return date(y, m0 + 1, min(d.day, mlen(y, m0 + 1)))


def hijri_era(rng: random.Random) -> str:
    return rng.choices(["هـ", " هـ", "ه", ""], weights=[4, 3, 2, 1])[0]


def greg_era(rng: random.Random) -> str:
    return "م" if rng.random() < 0.1 else ""


@dataclass(frozen=True)
class Cal:
    """One month system: how long its months are and what its dates are."""

    key: str
    hijri: bool

    @property
    def years(self) -> tuple[int, int]:
        return SYSTEM_YEARS[self.key]

    def months(self) -> dict[int, list[str]]:
        return HIJRI_MONTHS if self.hijri else GREGORIAN_SYSTEMS[self.key]

    def mlen(self, y: int, m: int) -> int:
        return hmlen(y, m) if self.hijri else mlen(y, m)

    def day(self, y: int, m: int, d: int) -> date:
        return h2g(y, m, d) if self.hijri else date(y, m, d)

    def month(self, y: int, m: int) -> tuple[date, date]:
        return hmonth_bounds(y, m) if self.hijri else month_bounds(y, m)

    def era(self, rng: random.Random) -> str:
        return hijri_era(rng) if self.hijri else greg_era(rng)


CALS = [Cal(k, False) for k in GREGORIAN_SYSTEMS] + [Cal("hijri", True)]
GREG_CALS = [c for c in CALS if not c.hijri]
FULL_GREG_CALS = [c for c in GREG_CALS if c.key != "mauritania"]
HIJRI = Cal("hijri", True)


def first_spelling(cal: Cal, m: int) -> str:
    return cal.months()[m][0]


def rand_spelling(rng: random.Random, cal: Cal, m: int) -> str:
    # digit forms (كانون 2) only where the brief asks for them: the per-month sweep
    return rng.choice([s for s in cal.months()[m] if not re.search(r"\d", s)])


class Corpus:
    def __init__(self) -> None:
        self.cases: list[dict[str, object]] = []

    def add(self, parts: list[Part], reference: date, note: str) -> None:
        text, dates = assemble(parts)
        self.cases.append(
            {
                "id": f"syn-{len(self.cases) + 1:04d}",
                "text": text,
                "reference": reference.isoformat(),
                "dates": dates,
                "note": note,
            }
        )


def days(n: int) -> timedelta:
    return timedelta(days=n)


# Absolute mention in an ordinary sentence: pick a frame, a lead, a reference.
LEADS = {
    "day": ["في ", "يوم ", "في ", ("، ", "،")],
    "weekday": ["يوم ", "", "يوم ", ("، ", "،")],
    "month": ["في ", "خلال ", "في "],
}


def place(rng: random.Random, g: G, kind: str) -> tuple[list[Part], date]:
    pool = rng.choice(["past", "past", "past", "future", "np", "initial"])
    if pool == "initial" and kind != "month":
        pool = "past"
    lead: str | tuple[str, str]
    if pool == "np":
        frame = rng.choice(NP_FRAMES)
        lead = rng.choice(["", "يوم "]) if kind != "month" else ""
    elif pool == "initial":
        frame = rng.choice(INITIAL_FRAMES)
        lead = rng.choice(["وفي ", "في ", "خلال "])
    else:
        frame = rng.choice(ADV_PAST if pool == "past" else ADV_FUTURE)
        lead = rng.choice(LEADS[kind])
    if isinstance(lead, tuple):
        # bare date set off by commas: "انعقد الاجتماع، 15 يوليو 2018، بالرباط."
        before, after = frame.split("{d}")
        slot: list[Part] = [lead[0], g, lead[1] if not after.startswith(".") else ""]
        frame = before.rstrip() + "{d}" + after
    else:
        slot = [lead, g] if lead else [g]
    if pool in ("past", "initial"):
        ref = g.end + days(rng.randint(0, 30))
    else:
        ref = g.start - days(rng.randint(1, 45))
    return fill(frame, d=slot), ref


# --------------------------------------------------------------------------
# 1. Every month of every system, in four forms
# --------------------------------------------------------------------------

CLITICS = ["ب", "و", "ل", "ف", "ك"]


def gen_month_sweep(rng: random.Random, corpus: Corpus) -> None:
    clitic_i = 0
    for cal in CALS:
        for m, spellings in cal.months().items():
            for sp in spellings:
                label = f"{cal.key} month {m} '{sp}'"

                def rand_date(cal: Cal = cal, m: int = m) -> tuple[int, int]:
                    y = rng.randint(*cal.years)
                    return y, rng.randint(1, cal.mlen(y, m))

                # (a) day month year
                y, d = rand_date()
                style = pick_digits(rng)
                v = cal.day(y, m, d)
                g = G(conv(f"{d} {sp} {y}{cal.era(rng)}", style), v, v, "day")
                parts, ref = place(rng, g, "day")
                corpus.add(parts, ref, f"{label}: day-month-year ({style} digits)")

                # (b) month year, sometimes with شهر inside the span
                y = rng.randint(*cal.years)
                style = pick_digits(rng)
                a, b = cal.month(y, m)
                shahr = "شهر " if rng.random() < 0.2 else ""
                g = G(conv(f"{shahr}{sp} {y}{cal.era(rng)}", style), a, b, "month")
                parts, ref = place(rng, g, "month")
                note = f"{label}: month-year{' with شهر' if shahr else ''} -> whole month"
                corpus.add(parts, ref, note)

                # (c) clitic before the month word
                clitic = CLITICS[clitic_i % len(CLITICS)]
                clitic_i += 1
                if clitic == "ل" and sp.startswith("ال"):
                    clitic = "ب"  # ل + ال contracts (للنوار): not a plain clitic
                if clitic == "ك" and sp.startswith("أي "):
                    clitic = "ف"
                y = rng.randint(*cal.years)
                a, b = cal.month(y, m)
                g = G(f"{sp} {y}{cal.era(rng)}", a, b, "month")
                if clitic == "و":
                    # first month: the previous one in the same system
                    prev_m = m - 1 if m > 1 else 12
                    prev_y = y if m > 1 else y - 1
                    if prev_m not in cal.months():
                        prev_m, prev_y = m, y - 1
                    pa, pb = cal.month(prev_y, prev_m)
                    first = G(
                        f"{first_spelling(cal, prev_m)} {prev_y}{cal.era(rng)}", pa, pb, "month"
                    )
                    frame = rng.choice(WAW_FRAMES)
                    parts = fill(frame, a=[first], d=["و", g])
                else:
                    frame = rng.choice(CLITIC_FRAMES[clitic])
                    parts = fill(frame, d=[clitic, g])
                ref = b + days(rng.randint(1, 60))
                corpus.add(
                    parts, ref, f"{label}: clitic {clitic} before the month word (outside the span)"
                )

                # (d) weekday before the date, with or without يوم
                y, d = rand_date()
                style = pick_digits(rng)
                v = cal.day(y, m, d)
                wd = weekday_name(v, rng)
                g = G(conv(f"{wd} {d} {sp} {y}{cal.era(rng)}", style), v, v, "day")
                parts, ref = place(rng, g, "weekday")
                corpus.add(
                    parts, ref, f"{label}: weekday + day-month-year (weekday inside the span)"
                )


# --------------------------------------------------------------------------
# 2. Ranges
# --------------------------------------------------------------------------


def rand_greg(rng: random.Random, cals: list[Cal] | None = None) -> tuple[Cal, int, str, int]:
    cal = rng.choice(cals or GREG_CALS)
    m = rng.choice(list(cal.months()))
    return cal, m, rand_spelling(rng, cal, m), rng.randint(*cal.years)


def range_case(rng: random.Random, corpus: Corpus, g: G, note: str, lead: str = "") -> None:
    frame = rng.choice(RANGE_FRAMES)
    ref = (
        g.start - days(rng.randint(1, 30))
        if rng.random() < 0.5
        else g.end + days(rng.randint(1, 20))
    )
    corpus.add(fill(frame, d=[lead, g] if lead else [g]), ref, note)


def gen_ranges(rng: random.Random, corpus: Corpus) -> None:
    # same month: من … إلى / من … حتى / بين … و / d1-d2 / يومي d1 وd2
    for kind in ["min-ila", "min-hatta", "bayna", "hyphen", "yawmay"]:
        for i in range(4):
            cal, m, sp, y = rand_greg(rng)
            n = mlen(y, m)
            d1 = rng.randint(1, n - 3)
            d2 = d1 + 1 if kind == "yawmay" else rng.randint(d1 + 1, min(n, d1 + 9))
            style = pick_digits(rng)
            era = cal.era(rng)
            lead = ""
            if kind == "min-ila":
                core = f"من {d1} إلى {d2} {sp} {y}{era}"
                lead = "في الفترة " if i % 2 else ""
            elif kind == "min-hatta":
                core = f"من {d1} حتى {d2} {sp} {y}{era}"
            elif kind == "bayna":
                core = f"بين {d1} {'و' if i % 2 else 'و '}{d2} {sp} {y}{era}"
            elif kind == "hyphen":
                core = f"{d1}-{d2} {sp} {y}{era}"
            else:
                core = f"{d1} و{d2} {sp} {y}{era}"
                lead = "يومي "
            g = G(conv(core, style), date(y, m, d1), date(y, m, d2), "range")
            range_case(rng, corpus, g, f"range {kind} within one month ({cal.key})", lead)

    # across two months of one year, and across a year end
    for i in range(6):
        cal = rng.choice(FULL_GREG_CALS)
        m = rng.randint(1, 11)
        y = rng.randint(*cal.years)
        d1 = rng.randint(mlen(y, m) - 4, mlen(y, m))
        d2 = rng.randint(1, 6)
        word = "إلى" if i % 2 == 0 else "حتى"
        core = (
            f"من {d1} {rand_spelling(rng, cal, m)} {word} {d2} {rand_spelling(rng, cal, m + 1)} {y}"
        )
        g = G(core, date(y, m, d1), date(y, m + 1, d2), "range")
        range_case(rng, corpus, g, f"range across two months, year written once ({cal.key})")
    for _ in range(4):
        cal = rng.choice(FULL_GREG_CALS)
        y = rng.randint(*cal.years)
        d1, d2 = rng.randint(26, 31), rng.randint(1, 5)
        dec, jan = rand_spelling(rng, cal, 12), rand_spelling(rng, cal, 1)
        core = f"من {d1} {dec} {y} إلى {d2} {jan} {y + 1}"
        g = G(core, date(y, 12, d1), date(y + 1, 1, d2), "range")
        range_case(rng, corpus, g, f"range across a year end, both years written ({cal.key})")

    # weekdays inside a range
    for _ in range(4):
        cal, m, sp, y = rand_greg(rng, FULL_GREG_CALS)
        d1 = rng.randint(1, 20)
        d2 = d1 + rng.randint(1, 4)
        a, b = date(y, m, d1), date(y, m, d2)
        core = f"من {weekday_name(a, rng)} {d1} إلى {weekday_name(b, rng)} {d2} {sp} {y}"
        range_case(rng, corpus, G(core, a, b, "range"), "range with a weekday on both ends")
    for _ in range(3):
        cal, m, sp, y = rand_greg(rng, FULL_GREG_CALS)
        d1 = rng.randint(1, 25)
        a, b = date(y, m, d1), date(y, m, d1 + 1)
        core = f"{weekday_name(a, rng)} و{weekday_name(b, rng)} {d1} و{d1 + 1} {sp} {y}"
        g = G(core, a, b, "range")
        range_case(rng, corpus, g, "يومي + two weekdays + two days: يومي outside the span", "يومي ")

    # month ranges
    for i in range(4):
        cal = rng.choice(FULL_GREG_CALS)
        y = rng.randint(*cal.years)
        m1 = rng.randint(1, 9)
        m2 = rng.randint(m1 + 1, 12)
        s1, s2 = rand_spelling(rng, cal, m1), rand_spelling(rng, cal, m2)
        core = f"من {s1} إلى {s2} {y}" if i % 2 == 0 else f"بين {s1} و{s2} {y}"
        g = G(core, date(y, m1, 1), month_bounds(y, m2)[1], "range")
        range_case(
            rng, corpus, g, "range of whole months: first day of the first to last day of the last"
        )

    # Hijri ranges
    for i in range(5):
        y = rng.randint(*HIJRI.years)
        m = rng.randint(1, 11)
        era = hijri_era(rng)
        if i % 2 == 0:
            d1 = rng.randint(20, hmlen(y, m))
            d2 = rng.randint(1, 9)
            s1, s2 = rand_spelling(rng, HIJRI, m), rand_spelling(rng, HIJRI, m + 1)
            core = f"من {d1} {s1} إلى {d2} {s2} {y}{era}"
            a, b = h2g(y, m, d1), h2g(y, m + 1, d2)
        else:
            d1 = rng.randint(1, 15)
            d2 = rng.randint(d1 + 1, 29)
            core = f"من {d1} إلى {d2} {rand_spelling(rng, HIJRI, m)} {y}{era}"
            a, b = h2g(y, m, d1), h2g(y, m, d2)
        range_case(rng, corpus, G(core, a, b, "range"), "Hijri range, converted end to end")

    # dual month form inside a range
    for i in range(3):
        y = rng.randint(2008, 2023)
        m = rng.randint(1, 12)
        d1 = rng.randint(1, 20)
        d2 = d1 + rng.randint(1, 5)
        lev = first_spelling(Cal("levant", False), m)
        msa = first_spelling(Cal("msa", False), m)
        dual = f"{lev}/{msa}" if i % 2 == 0 else f"{msa} ({lev})"
        core = f"بين {d1} و{d2} {dual} {y}" if i < 2 else f"من {d1} إلى {d2} {dual} {y}"
        g = G(core, date(y, m, d1), date(y, m, d2), "range")
        range_case(rng, corpus, g, "range with a dual month form")


# --------------------------------------------------------------------------
# 3. Numeric dates
# --------------------------------------------------------------------------


def gen_numeric(rng: random.Random, corpus: Corpus) -> None:
    formats = [
        ("{d:02d}/{m:02d}/{y}", "day-first dd/mm/yyyy"),
        ("{d}/{m}/{y}", "day-first d/m/yyyy"),
        ("{d}-{m}-{y}", "day-first d-m-yyyy"),
        ("{d:02d}-{m:02d}-{y}", "day-first dd-mm-yyyy"),
        ("{d:02d}.{m:02d}.{y}", "day-first dd.mm.yyyy"),
        ("{y}-{m:02d}-{d:02d}", "ISO yyyy-mm-dd"),
        ("{y}/{m:02d}/{d:02d}", "yyyy/mm/dd"),
    ]
    for fmt, label in formats:
        for i in range(5):
            y = rng.randint(2005, 2024)
            m = rng.randint(1, 12)
            # day <= 12 half the time: only day-first reading is right
            d = rng.randint(1, 12) if i % 2 == 0 else rng.randint(13, mlen(y, m))
            if d == m:
                d = d % 12 + 1
            v = date(y, m, d)
            style = "arabic-indic" if i == 3 else "ascii"
            core = conv(fmt.format(d=d, m=m, y=y), style)
            if i == 4:
                core = f"{weekday_name(v, rng)} {core}"
            lead = rng.choice(["بتاريخ ", "في ", "يوم "]) if i != 4 else "يوم "
            frame = rng.choice(NUMERIC_FRAMES)
            ref = v + days(rng.randint(0, 20))
            corpus.add(
                fill(frame, d=[lead, G(core, v, v, "day")]), ref, f"numeric {label} ({style})"
            )
    # era mark after a numeric date
    for _ in range(2):
        y, m = rng.randint(2010, 2022), rng.randint(1, 12)
        d = rng.randint(13, 28)
        v = date(y, m, d)
        g = G(f"{d:02d}/{m:02d}/{y}م", v, v, "day")
        corpus.add(
            fill(rng.choice(NUMERIC_FRAMES), d=["بتاريخ ", g]),
            v + days(3),
            "numeric date with era mark م",
        )


# --------------------------------------------------------------------------
# 4. Dual month forms
# --------------------------------------------------------------------------


def gen_dual(rng: random.Random, corpus: Corpus) -> None:
    lev_cal, msa_cal = Cal("levant", False), Cal("msa", False)
    for m in range(1, 13):
        for variant in rng.sample(range(6), 3):
            y = rng.randint(2005, 2024)
            lev = first_spelling(lev_cal, m)
            msa = rand_spelling(rng, msa_cal, m)
            d = rng.randint(1, mlen(y, m))
            a, b = month_bounds(y, m)
            v = date(y, m, d)
            if variant == 0:
                g, kind = G(f"{msa} ({lev}) {y}", a, b, "month"), "month"
            elif variant == 1:
                g, kind = G(f"{lev}/{msa} {y}", a, b, "month"), "month"
            elif variant == 2:
                g, kind = G(f"{d} {lev} ({msa}) {y}", v, v, "day"), "day"
            elif variant == 3:
                g, kind = G(f"{d} {lev}/{msa} {y}", v, v, "day"), "day"
            elif variant == 4:
                g, kind = G(f"{d} {msa} ({lev}) {y}", v, v, "day"), "day"
            else:
                g, kind = G(f"{lev} / {msa} {y}", a, b, "month"), "month"
            parts, ref = place(rng, g, kind)
            corpus.add(parts, ref, f"dual month form (variant {variant}) is one mention")


# --------------------------------------------------------------------------
# 5. Years: cues and era marks
# --------------------------------------------------------------------------


def gen_years(rng: random.Random, corpus: Corpus) -> None:
    def year_case(lead: str, core: str, a: date, b: date, note: str, lam: bool = False) -> None:
        frame = rng.choice(YEAR_LAM_FRAMES if lam else YEAR_FRAMES)
        parts = fill(frame, d=[lead, G(core, a, b, "year")] if lead else [G(core, a, b, "year")])
        ref = b + days(rng.randint(1, 200)) if rng.random() < 0.6 else a - days(rng.randint(1, 200))
        corpus.add(parts, ref, note)

    greg = [
        ("", "سنة {y}", "cue سنة inside the span"),
        ("", "عام {y}", "cue عام inside the span"),
        ("في ", "العام {y}", "cue العام inside the span"),
        ("خلال ", "{y}", "bare year after خلال (خلال outside the span)"),
        ("في ", "{y}", "bare year after في, no counted noun"),
        ("منذ ", "سنة {y}", "منذ outside, سنة inside"),
        ("برسم ", "سنة {y}", "برسم outside, سنة inside"),
        ("في ", "{y}م", "bare year with era mark م"),
        ("خلال ", "سنة {y} ميلادية", "era word ميلادية inside the span"),
        ("", "عام {y}م", "cue and era mark"),
    ]
    for lead, fmt, note in greg:
        for _ in range(3):
            y = rng.randint(1990, 2030)
            style = pick_digits(rng)
            year_case(
                lead, conv(fmt.format(y=y), style), date(y, 1, 1), date(y, 12, 31), f"year: {note}"
            )
    for word in ("سنة", "عام"):
        for _ in range(2):
            y = rng.randint(2005, 2025)
            core = f"{word} {y}"
            year_case(
                "ل",
                core,
                date(y, 1, 1),
                date(y, 12, 31),
                f"year: clitic ل before {word} (outside)",
                True,
            )
    hijri = [
        ("خلال ", "عام {y} هـ"),
        ("في ", "العام {y}ه"),
        ("خلال ", "{y}هـ"),
        ("", "سنة {y} هجرية"),
        ("", "عام {y}هـ"),
    ]
    for lead, fmt in hijri:
        for _ in range(2):
            y = rng.randint(*HIJRI.years)
            a, b = hyear_bounds(y)
            year_case(
                lead,
                fmt.format(y=y),
                a,
                b,
                "Hijri year: 1 Muharram .. last day of Dhu al-Hijja (Umm al-Qura)",
            )


# --------------------------------------------------------------------------
# 6. Parts of a month
# --------------------------------------------------------------------------


def part_bounds(cal: Cal, y: int, m: int, word: str) -> tuple[date, date]:
    first, last = MONTH_PARTS[word]
    return cal.day(y, m, first), cal.day(y, m, last or cal.mlen(y, m))


def gen_month_parts(rng: random.Random, corpus: Corpus) -> None:
    leads = ["في ", "عند ", "خلال ", "منذ ", ""]
    words = list(MONTH_PARTS)
    for i in range(24):
        word = words[i % len(words)]
        cal, m, sp, y = rand_greg(rng)
        if i in (5, 12):  # أواخر/نهاية February, leap and not
            m, y = 2, (2020 if i == 5 else 2019)
            cal = rng.choice(FULL_GREG_CALS)
            sp = first_spelling(cal, 2)
            word = "أواخر" if i == 5 else "نهاية"
        a, b = part_bounds(cal, y, m, word)
        shahr = "شهر " if i % 4 == 3 else ""
        g = G(f"{word} {shahr}{sp} {y}{cal.era(rng)}", a, b, "range")
        frame = rng.choice(ADV_PAST + ADV_FUTURE)
        lead = leads[i % len(leads)]
        if frame in ADV_FUTURE and lead in ("منذ ", "عند "):
            lead = "في "
        ref = b + days(rng.randint(1, 20)) if frame in ADV_PAST else a - days(rng.randint(1, 20))
        corpus.add(
            fill(frame, d=[lead, g] if lead else [g]),
            ref,
            f"month part {word} ({cal.key}) -> range, approximate",
        )
    for i in range(8):
        word = words[i % len(words)]
        y = rng.randint(*HIJRI.years)
        m = rng.randint(1, 12)
        a, b = part_bounds(HIJRI, y, m, word)
        g = G(f"{word} {rand_spelling(rng, HIJRI, m)} {y}{hijri_era(rng)}", a, b, "range")
        frame = rng.choice(ADV_FUTURE)
        corpus.add(
            fill(frame, d=["في ", g]),
            a - days(rng.randint(1, 30)),
            f"month part {word} of a Hijri month",
        )
    rel = [("الجاري", 0), ("الحالي", 0), ("الماضي", -1), ("المقبل", 1), ("القادم", 1)]
    for i in range(10):
        word = words[(i * 3) % len(words)]
        mod, shift = rel[i % len(rel)]
        ref = date(rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28))
        t = add_months(ref.replace(day=1), shift)
        a, b = part_bounds(Cal("msa", False), t.year, t.month, word)
        g = G(f"{word} الشهر {mod}", a, b, "range")
        frame = rng.choice(PERIOD_PAST if shift < 0 else PERIOD_FUTURE if shift > 0 else PERIOD_NOW)
        corpus.add(
            fill(frame, d=[rng.choice(["في ", "", "منذ "]) if shift <= 0 else "في ", g]),
            ref,
            f"month part {word} of the relative month الشهر {mod}",
        )


# --------------------------------------------------------------------------
# 7. Day words: ordinals, غرة, فاتح
# --------------------------------------------------------------------------


def gen_day_words(rng: random.Random, corpus: Corpus) -> None:
    for d, word in ORDINAL_DAYS.items():
        if d % 5 == 0:
            cal = HIJRI
            y = rng.randint(*cal.years)
            m = rng.randint(1, 12)
            if d == 30:
                while hmlen(y, m) < 30:
                    m = m % 12 + 1
        else:
            cal = rng.choice(FULL_GREG_CALS)
            y = rng.randint(*cal.years)
            m = rng.choice([mm for mm in range(1, 13) if mlen(y, mm) >= d])
        v = cal.day(y, m, d)
        g = G(f"{word} من {rand_spelling(rng, cal, m)} {y}{cal.era(rng)}", v, v, "day")
        parts, ref = place(rng, g, "day")
        corpus.add(parts, ref, f"ordinal day word {word} + من + month ({cal.key})")
    for i in range(8):
        y = rng.randint(*HIJRI.years)
        m = rng.randint(1, 12)
        v = h2g(y, m, 1)
        shahr = "شهر " if i % 3 == 1 else ""
        wd = f"{weekday_name(v, rng)} " if i % 3 == 2 else ""
        g = G(f"{wd}غرة {shahr}{rand_spelling(rng, HIJRI, m)} {y}{hijri_era(rng)}", v, v, "day")
        parts, ref = place(rng, g, "day")
        corpus.add(parts, ref, "غرة = first day of the (Hijri) month")
    for _ in range(2):
        cal = Cal("algeria-tunisia", False)
        y, m = rng.randint(*cal.years), rng.randint(1, 12)
        v = date(y, m, 1)
        g = G(f"غرة {first_spelling(cal, m)} {y}", v, v, "day")
        parts, ref = place(rng, g, "day")
        corpus.add(parts, ref, "غرة with a Maghreb month name")
    for i in range(8):
        cal = rng.choice([Cal("morocco", False), Cal("algeria-tunisia", False), Cal("msa", False)])
        y, m = rng.randint(*cal.years), rng.randint(1, 12)
        v = date(y, m, 1)
        sp = rand_spelling(rng, cal, m)
        if i % 4 == 3:
            core = f"الفاتح من {sp} {y}"
        elif i % 4 == 2:
            core = f"{weekday_name(v, rng)} فاتح {sp} {y}"
        else:
            core = f"فاتح {sp} {y}"
        parts, ref = place(rng, G(core, v, v, "day"), "day")
        corpus.add(parts, ref, "فاتح / الفاتح من = first day of the month")


# --------------------------------------------------------------------------
# 8. Relative expressions
# --------------------------------------------------------------------------


def nearest_weekday(ref: date, wd: int) -> date:
    back = (ref.weekday() - wd) % 7
    return ref - days(back) if back <= 7 - back else ref + days(7 - back)


def previous_weekday(ref: date, wd: int) -> date:
    return ref - days((ref.weekday() - wd) % 7 or 7)


def following_weekday(ref: date, wd: int) -> date:
    return ref + days((wd - ref.weekday()) % 7 or 7)


def iso_week(d: date) -> tuple[date, date]:
    monday = d - days(d.weekday())
    return monday, monday + days(6)


def nearest_year_day(ref: date, m: int, d: int) -> date:
    candidates = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        if d <= mlen(y, m):
            c = date(y, m, d)
            candidates.append((abs((c - ref).days), c))
    return min(candidates)[1]  # equal distance: the earlier (past) one


def nearest_hijri_day(ref: date, m: int, d: int) -> date:
    hy = g2h(ref)[0]
    candidates = []
    for y in (hy - 1, hy, hy + 1):
        if d <= hmlen(y, m):
            c = h2g(y, m, d)
            candidates.append((abs((c - ref).days), c))
    return min(candidates)[1]


def rand_ref(rng: random.Random, lo: int = 2012, hi: int = 2024) -> date:
    return date(rng.randint(lo, hi), 1, 1) + days(rng.randint(0, 364))


def gen_relative(rng: random.Random, corpus: Corpus) -> None:
    def rel(
        core: str,
        a: date,
        b: date,
        grain: str,
        ref: date,
        frames: list[str],
        note: str,
        lead: str = "",
    ) -> None:
        g = G(core, a, b, grain)
        corpus.add(fill(rng.choice(frames), d=[lead, g] if lead else [g]), ref, note)

    # deictic days
    deictic = [
        ("اليوم", 0, REL_NOW),
        ("أمس", -1, REL_PAST),
        ("البارحة", -1, REL_PAST),
        ("أول أمس", -2, REL_PAST),
        ("غدا", 1, REL_FUTURE),
        ("غداً", 1, REL_FUTURE),
        ("بعد غد", 2, REL_FUTURE),
    ]
    for word, shift, frames in deictic:
        for _ in range(2 if word not in ("غداً", "أمس") else 3 if word == "أمس" else 1):
            ref = rand_ref(rng)
            v = ref + days(shift)
            rel(word, v, v, "day", ref, frames, f"{word} = reference {shift:+d} day(s)")

    # deictic day + weekday (matching), and full dates after them
    for word, shift, frames in [
        ("أمس", -1, REL_PAST),
        ("غدا", 1, REL_FUTURE),
        ("اليوم", 0, REL_NOW),
    ]:
        for _ in range(3):
            ref = rand_ref(rng)
            v = ref + days(shift)
            rel(
                f"{word} {weekday_name(v, rng)}",
                v,
                v,
                "day",
                ref,
                frames,
                f"{word} + its (matching) weekday: one mention",
            )
        ref = rand_ref(rng)
        v = ref + days(shift)
        month = first_spelling(Cal("morocco", False), v.month)
        core = f"{word} {weekday_name(v, rng)} {v.day} {month} {v.year}"
        rel(core, v, v, "day", ref, frames, f"{word} + weekday + full date: one mention")
    for _ in range(2):
        ref = rand_ref(rng)
        v = ref - days(1)
        wrong = (v.weekday() + rng.randint(1, 6)) % 7
        rel(
            f"أمس {WEEKDAYS[wrong][0]}",
            v,
            v,
            "day",
            ref,
            REL_PAST,
            "أمس + a weekday that is not yesterday's: still the day before the reference"
            " (with a warning)",
        )

    # weekday + direction word
    for word, direction in [("الماضي", -1), ("المقبل", 1), ("القادم", 1)]:
        for i in range(6):
            ref = rand_ref(rng)
            wd = (ref.weekday() + rng.randint(1, 6)) % 7  # never the reference's own weekday
            v = previous_weekday(ref, wd) if direction < 0 else following_weekday(ref, wd)
            frames = REL_PAST if direction < 0 else REL_FUTURE
            rel(
                f"{rng.choice(WEEKDAYS[wd])} {word}",
                v,
                v,
                "day",
                ref,
                frames,
                f"weekday + {word}: the nearest such day"
                f" {'before' if direction < 0 else 'after'} the reference",
                "يوم " if i % 3 == 0 else "",
            )
    # bare weekday: nearest to the reference
    for i in range(8):
        ref = rand_ref(rng)
        wd = (ref.weekday() + i) % 7
        v = nearest_weekday(ref, wd)
        frames = REL_PAST if v < ref else REL_FUTURE if v > ref else REL_NOW
        rel(
            rng.choice(WEEKDAYS[wd]),
            v,
            v,
            "day",
            ref,
            frames,
            "bare weekday: nearest such day to the reference",
            "يوم " if i % 2 == 0 else "",
        )

    # week / month / year + modifier
    mods_m = [("الماضي", -1), ("المقبل", 1), ("القادم", 1), ("الجاري", 0), ("الحالي", 0)]
    mods_f = [("الماضية", -1), ("المقبلة", 1), ("القادمة", 1), ("الجارية", 0), ("الحالية", 0)]

    def frames_for(shift: int) -> list[str]:
        return PERIOD_PAST if shift < 0 else PERIOD_FUTURE if shift > 0 else PERIOD_NOW

    special_refs = [
        date(2020, 12, 31),
        date(2021, 1, 3),
        date(2019, 12, 30),
        date(2016, 1, 1),
        date(2024, 2, 29),
    ]
    for mod, shift in mods_m:
        for _ in range(2):
            ref = special_refs.pop() if special_refs and rng.random() < 0.5 else rand_ref(rng)
            a, b = iso_week(ref + days(7 * shift))
            rel(
                f"الأسبوع {mod}",
                a,
                b,
                "week",
                ref,
                frames_for(shift),
                f"الأسبوع {mod}: ISO week (Monday..Sunday)",
                rng.choice(["", "خلال "]),
            )
        ref = rand_ref(rng)
        t = add_months(ref.replace(day=1), shift)
        a, b = month_bounds(t.year, t.month)
        rel(
            f"الشهر {mod}",
            a,
            b,
            "month",
            ref,
            frames_for(shift),
            f"الشهر {mod}: whole calendar month",
            rng.choice(["", "خلال "]),
        )
        ref = rand_ref(rng)
        y = ref.year + shift
        rel(
            f"العام {mod}",
            date(y, 1, 1),
            date(y, 12, 31),
            "year",
            ref,
            frames_for(shift),
            f"العام {mod}: whole year",
            rng.choice(["", "خلال "]),
        )
    for mod, shift in mods_f:
        ref = rand_ref(rng)
        y = ref.year + shift
        rel(
            f"السنة {mod}",
            date(y, 1, 1),
            date(y, 12, 31),
            "year",
            ref,
            frames_for(shift),
            f"السنة {mod}: whole year",
            rng.choice(["", "خلال "]),
        )
    for core, grain in [
        ("هذا العام", "year"),
        ("هذه السنة", "year"),
        ("هذا الشهر", "month"),
        ("هذا الأسبوع", "week"),
    ]:
        for _ in range(2):
            ref = rand_ref(rng)
            if grain == "year":
                a, b = date(ref.year, 1, 1), date(ref.year, 12, 31)
            elif grain == "month":
                a, b = month_bounds(ref.year, ref.month)
            else:
                a, b = iso_week(ref)
            rel(
                core,
                a,
                b,
                grain,
                ref,
                PERIOD_NOW,
                f"{core}: the period containing the reference",
                rng.choice(["", "خلال "]),
            )

    # counted offsets: قبل / بعد / منذ + count + unit -> one day
    day_counts = [
        (2, "يومين"),
        (3, "ثلاثة أيام"),
        (4, "أربعة أيام"),
        (5, "خمسة أيام"),
        (10, "عشرة أيام"),
        (3, "3 أيام"),
        (7, "سبعة أيام"),
    ]
    week_counts = [(1, "أسبوع"), (2, "أسبوعين"), (3, "ثلاثة أسابيع")]
    month_counts = [(1, "شهر"), (2, "شهرين"), (3, "ثلاثة أشهر")]
    for word, sign, frames in [
        ("قبل", -1, REL_PAST),
        ("بعد", 1, REL_FUTURE),
        ("منذ", -1, SINCE_FRAMES),
    ]:
        for n, phrase in rng.sample(day_counts, 4):
            ref = rand_ref(rng)
            v = ref + days(sign * n)
            rel(
                f"{word} {phrase}",
                v,
                v,
                "day",
                ref,
                frames,
                f"{word} + {n} days: one day, reference {sign * n:+d}",
            )
        for n, phrase in rng.sample(week_counts, 2):
            ref = rand_ref(rng)
            v = ref + days(sign * 7 * n)
            rel(
                f"{word} {phrase}",
                v,
                v,
                "day",
                ref,
                frames,
                f"{word} + {n} week(s): the day {sign * 7 * n:+d}",
            )
        n, phrase = rng.choice(month_counts)
        ref = rand_ref(rng).replace(day=rng.randint(1, 28))
        v = add_months(ref, sign * n)
        rel(
            f"{word} {phrase}",
            v,
            v,
            "day",
            ref,
            frames,
            f"{word} + {n} month(s): same day of month, {sign * n:+d} months",
        )

    # month names with الماضي / المقبل, day + month without a year
    msa, lev, mor = Cal("msa", False), Cal("levant", False), Cal("morocco", False)
    for i in range(8):
        ref = rand_ref(rng)
        m = (ref.month - 1 + rng.randint(1, 11)) % 12 + 1  # never the reference month
        cal = [msa, lev, mor][i % 3]
        sp = rand_spelling(rng, cal, m)
        if i % 2 == 0:
            # last such month strictly before the reference month
            y = ref.year if m < ref.month else ref.year - 1
            a, b = month_bounds(y, m)
            rel(
                f"{sp} الماضي",
                a,
                b,
                "month",
                ref,
                REL_PAST,
                "month name + الماضي: the latest such month before",
                "في ",
            )
        else:
            y = ref.year if m > ref.month else ref.year + 1
            a, b = month_bounds(y, m)
            rel(
                f"{sp} المقبل",
                a,
                b,
                "month",
                ref,
                REL_FUTURE,
                "month name + المقبل: the next such month",
                "في ",
            )
    for i in range(4):
        ref = rand_ref(rng)
        m = (ref.month - 1 + rng.randint(1, 11)) % 12 + 1
        y = ref.year if m < ref.month else ref.year - 1
        d = rng.randint(1, mlen(y, m))
        v = date(y, m, d)
        if i % 2 == 0:
            core = f"{d} {first_spelling(lev, m)} ({first_spelling(msa, m)}) الماضي"
        else:
            core = f"{d} {rand_spelling(rng, msa, m)} الماضي"
        rel(core, v, v, "day", ref, REL_PAST, "day + month + الماضي (dual form included)", "في ")
    for _ in range(3):
        ref = rand_ref(rng)
        m = (ref.month - 1 + rng.randint(1, 11)) % 12 + 1
        y = ref.year if m > ref.month else ref.year + 1
        d = rng.randint(1, min(28, mlen(y, m)))
        v = date(y, m, d)
        rel(
            f"{ORDINAL_DAYS[d]} من {rand_spelling(rng, msa, m)} المقبل",
            v,
            v,
            "day",
            ref,
            REL_FUTURE,
            "ordinal day + من + month + المقبل",
            "في ",
        )
    # day + month, no year: the nearest such date (ties: the past)
    boundary = [
        (date(2019, 1, 8), 12, 27),
        (date(2018, 12, 28), 1, 6),
        (date(2020, 1, 2), 12, 30),
        (date(2017, 12, 20), 1, 15),
        (date(2019, 6, 28), 6, 7),
        (date(2021, 3, 1), 2, 27),
        (date(2022, 7, 1), 12, 31),
        (date(2023, 7, 3), 1, 2),
    ]
    for i in range(12):
        if i < len(boundary):
            ref, m, d = boundary[i]
        else:
            ref = rand_ref(rng)
            m = rng.randint(1, 12)
            d = rng.randint(1, 28)
        v = nearest_year_day(ref, m, d)
        cal = rng.choice([c for c in FULL_GREG_CALS if c.key != "libya"])
        sp = rand_spelling(rng, cal, m)
        frames = REL_PAST if v < ref else REL_FUTURE if v > ref else REL_NOW
        rel(
            f"{d} {sp}",
            v,
            v,
            "day",
            ref,
            frames,
            "day + month without year: the nearest such date to the reference",
            rng.choice(["في ", "يوم "]),
        )
    # Hijri day + month, no year
    for _ in range(4):
        ref = rand_ref(rng)
        m = rng.randint(1, 12)
        d = 1 if rng.random() < 0.5 else rng.randint(2, 29)
        v = nearest_hijri_day(ref, m, d)
        core = (
            f"غرة {rand_spelling(rng, HIJRI, m)}"
            if d == 1
            else f"{d} {rand_spelling(rng, HIJRI, m)}"
        )
        frames = REL_PAST if v < ref else REL_FUTURE if v > ref else REL_NOW
        rel(
            core,
            v,
            v,
            "day",
            ref,
            frames,
            "Hijri day + month without year: nearest occurrence (Umm al-Qura)",
            "في " if d != 1 else "",
        )


# --------------------------------------------------------------------------
# 9. Hijri date + الموافق + Gregorian date: two mentions
# --------------------------------------------------------------------------


def gen_muwafiq(rng: random.Random, corpus: Corpus) -> None:
    greg_cals = [Cal("msa", False), Cal("msa", False), Cal("morocco", False), Cal("levant", False)]
    for i in range(16):
        hy = rng.randint(1425, 1450)
        hm = rng.randint(1, 12)
        hd = rng.randint(1, hmlen(hy, hm))
        v = h2g(hy, hm, hd)
        gcal = rng.choice(greg_cals)
        wd = f"{weekday_name(v, rng)} " if i % 2 == 0 else ""
        style = "arabic-indic" if i % 5 == 4 else "ascii"
        hij = G(
            conv(f"{wd}{hd} {rand_spelling(rng, HIJRI, hm)} {hy}{hijri_era(rng) or 'هـ'}", style),
            v,
            v,
            "day",
        )
        gre = G(
            conv(
                f"{v.day} {rand_spelling(rng, gcal, v.month)} {v.year}{'م' if i % 3 else ''}", style
            ),
            v,
            v,
            "day",
        )
        sep = rng.choice([" الموافق ", "، الموافق ", " الموافق لـ"])
        if i % 4 == 3:
            slot: list[Part] = [gre, sep.replace("لـ", ""), hij]
            note = "Gregorian date + الموافق + Hijri date: two mentions"
        else:
            slot = [hij, sep, gre]
            note = "Hijri date + الموافق + Gregorian date: two mentions"
        frame = rng.choice(MUWAFIQ_FRAMES)
        lead = "يوم " if wd or frame == MUWAFIQ_FRAMES[1] else "في "
        corpus.add(fill(frame, d=[lead, *slot]), v + days(rng.randint(-5, 5)), note)


def build() -> dict[str, list[dict[str, object]]]:
    """The synthetic cases, in file order (deterministic), by file name."""
    _check_frames()
    rng = random.Random(SEED)
    corpus = Corpus()
    gen_month_sweep(rng, corpus)
    gen_ranges(rng, corpus)
    gen_numeric(rng, corpus)
    gen_dual(rng, corpus)
    gen_years(rng, corpus)
    gen_month_parts(rng, corpus)
    gen_day_words(rng, corpus)
    gen_relative(rng, corpus)
    gen_muwafiq(rng, corpus)
    keys = [(c["text"], c["reference"]) for c in corpus.cases]
    assert len(keys) == len(set(keys)), "duplicate cases"
    return {OUT: mark_known_failures(corpus.cases, KNOWN_FAILURES)}


def main() -> None:
    write(build())


if __name__ == "__main__":
    main()
