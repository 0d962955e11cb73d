"""Words that tell one real-world event from another of the same kind.

Data only. A mention followed by one of these words is a different event from
the ones before it, whatever else it shares with them: اجتماع آخر ("another
meeting"), الدورة المقبلة ("the next session"), الاجتماع السابق ("the previous
meeting").
"""

from __future__ import annotations

#: Words right after a trigger that make it another event of the same kind.
ANOTHER_AFTER: tuple[str, ...] = (
    "آخر",
    "أخرى",
    "آخرين",
    "ثان",
    "ثاني",
    "ثانية",
    "جديد",
    "جديدة",
    "المقبل",
    "المقبلة",
    "القادم",
    "القادمة",
    "السابق",
    "السابقة",
    "الماضي",
    "الماضية",
)
