"""A synthetic news corpus for deduplication, with the true event of every article known.

Each true event is rewritten by several outlets: a date in another month system
(مارس، آذار، جانفي …) or relative to the article's own publication date (أمس،
اليوم، غدا; some late reports say أمس a day late, as wire copy filed after
midnight does), another trigger word of the same family (قمة، اجتماع، محادثات …)
and the place written another way (بالرباط، في العاصمة الرباط، بمدينة أغادير /
أكادير …). Near misses sit next to the events: the same place on another day,
the same day at another place, and the same day and place with an event of
another type family. Articles are invented sentences; nothing is copied.

``make_corpus(seed)`` gives ``(articles, truth)``: the articles as records for
``arabic-events extract`` (``id``, ``date``, ``text``) and, for each article id,
the id of the true event it reports.
"""

from __future__ import annotations

import datetime as dt
import random
from itertools import combinations
from typing import Any

# month names by system, for the absolute-date rewrites
MONTHS = {
    "mashriq": [
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
        "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ],
    "levant": [
        "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
        "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
    ],
    "maghreb": [
        "يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو",
        "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر",
    ],
    "algeria": [
        "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان",
        "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ],
}  # fmt: skip

# (name as the gazetteer spells it, other ways outlets write it) — each a phrase after في/ب
PLACES = {
    "rabat": ["بالرباط", "في الرباط", "في العاصمة الرباط", "بمدينة الرباط"],
    "agadir": ["بأكادير", "في أغادير", "بمدينة أكادير", "في مدينة أغادير"],
    "cairo": ["بالقاهرة", "في القاهرة", "في العاصمة القاهرة", "بمدينة القاهرة"],
    "tunis": ["بتونس العاصمة", "في تونس العاصمة", "بالعاصمة تونس", "في العاصمة تونس"],
    "amman": ["بعمان", "في عمان", "في العاصمة عمان", "بالعاصمة الأردنية عمان"],
    "riyadh": ["بالرياض", "في الرياض", "في العاصمة الرياض", "بمدينة الرياض"],
    "beirut": ["ببيروت", "في بيروت", "في العاصمة بيروت", "بالعاصمة اللبنانية بيروت"],
}

# trigger phrases of one type family; {p} is the place, {d} the date phrase
FAMILIES = {
    "meeting": [
        "انعقدت {d} {p} قمة عربية طارئة لبحث الأوضاع في المنطقة.",
        "عقد وزراء الخارجية العرب {d} {p} اجتماعا تشاوريا حول الأوضاع في المنطقة.",
        "جرت {d} {p} محادثات بين الوفود العربية حول الأوضاع في المنطقة.",
        "اجتمع القادة العرب {d} {p} لبحث الأوضاع في المنطقة.",
    ],
    "conference": [
        "افتتح {d} {p} منتدى الاستثمار والتنمية بمشاركة رجال أعمال من عدة دول.",
        "انطلقت {d} {p} أشغال مؤتمر الاستثمار والتنمية.",
        "نظمت {d} {p} ندوة حول الاستثمار والتنمية بحضور خبراء.",
    ],
    "visit": [
        "قام وزير الخارجية الإسباني {d} بزيارة عمل {p}.",
        "حل وزير الخارجية الإسباني {d} {p} في زيارة رسمية.",
    ],
}
# the planned form of each family, for articles published before the event
PLANNED = {
    "meeting": "تنعقد {d} {p} قمة عربية طارئة لبحث الأوضاع في المنطقة.",
    "conference": "ينطلق {d} {p} منتدى الاستثمار والتنمية بمشاركة رجال أعمال من عدة دول.",
    "visit": "يقوم وزير الخارجية الإسباني {d} بزيارة عمل {p}.",
}
FILLER = [
    "وأكد المسؤولون أهمية تعزيز التعاون.",
    "وتم التطرق إلى ملفات عدة ذات اهتمام مشترك.",
    "وصدر بيان مشترك بالمناسبة.",
    "",
]


def _absolute(day: dt.date, system: str, with_year: bool) -> str:
    month = MONTHS[system][day.month - 1]
    return f"يوم {day.day} {month}" + (f" {day.year}" if with_year else "")


def _article(rng: random.Random, family: str, place: str, day: dt.date, k: int) -> tuple[str, str]:
    """(publication date, text) of the ``k``-th outlet's report of one event."""
    spelled = PLACES[place][k % len(PLACES[place])]
    style = k % 5
    if style == 4:  # a late report: "yesterday" a day after it should have been
        published, date, template = day + dt.timedelta(days=2), "أمس", None
    elif style == 0:  # yesterday, published the next day
        published, date, template = day + dt.timedelta(days=1), "أمس", None
    elif style == 1:  # today
        published, date, template = day, "اليوم", None
    elif style == 2:  # tomorrow, published the day before: planned
        published, date, template = day - dt.timedelta(days=1), "غدا", PLANNED[family]
    else:  # an absolute date in some month system, published two days later
        system = rng.choice(sorted(MONTHS))
        published = day + dt.timedelta(days=2)
        date, template = _absolute(day, system, with_year=rng.random() < 0.5), None
    if template is None:
        templates = FAMILIES[family]
        template = templates[(k + rng.randrange(len(templates))) % len(templates)]
    text = template.format(d=date, p=spelled) + " " + rng.choice(FILLER)
    return published.isoformat(), text.strip()


def make_corpus(
    seed: int = 0, events: int = 24, outlets: tuple[int, int] = (3, 6)
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """``(articles, truth)``: ``events`` true events, each with its near misses, reported
    by between ``outlets[0]`` and ``outlets[1]`` outlets each; ``truth`` maps every
    article id to its true event id."""
    rng = random.Random(seed)
    articles: list[dict[str, Any]] = []
    truth: dict[str, str] = {}
    places, families = sorted(PLACES), sorted(FAMILIES)
    start = dt.date(2019, 1, 10)
    plan: list[tuple[str, str, dt.date]] = []
    for n in range(events):
        family, place = families[n % len(families)], places[n % len(places)]
        day = start + dt.timedelta(days=9 * n + rng.randrange(3))
        plan.append((family, place, day))
        miss = n % 3
        if miss == 0:  # the same place, three days later, same family
            plan.append((family, place, day + dt.timedelta(days=3)))
        elif miss == 1:  # the same day, another place
            plan.append((family, places[(n + 3) % len(places)], day))
        else:  # the same day and place, another family
            plan.append((families[(n + 1) % len(families)], place, day))
    for e, (family, place, day) in enumerate(plan):
        for k in range(rng.randint(*outlets)):
            published, text = _article(rng, family, place, day, k + rng.randrange(5))
            doc = f"d{len(articles):04d}"
            articles.append({"id": doc, "date": published, "text": text})
            truth[doc] = f"t{e:03d}"
    rng.shuffle(articles)
    return articles, truth


def pairwise_scores(
    groups: list[list[tuple[str, str]]], truth: dict[str, str]
) -> tuple[float, float]:
    """Pairwise precision and recall of ``groups`` of (document, occurrence) against the
    true event of each document: a pair is two occurrences in one group; a true pair is
    two occurrences of documents reporting the same true event."""
    found = {frozenset(p) for g in groups for p in combinations(sorted(g), 2) if p[0][0] != p[1][0]}
    members = [ref for g in groups for ref in g]
    true = {
        frozenset((a, b))
        for a, b in combinations(sorted(members), 2)
        if a[0] != b[0] and truth[a[0]] == truth[b[0]]
    }
    hit = len(found & true)
    precision = hit / len(found) if found else 1.0
    recall = hit / len(true) if true else 1.0
    return precision, recall
