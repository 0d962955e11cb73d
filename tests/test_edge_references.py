"""Reference dates at the ends of the calendar (0001-01-01, 9999-12-31).

A date that would fall before ``date.min`` or after ``date.max`` is dropped: it is
not reported, and nothing raises. Dates that do fit are still resolved.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import arabic_events as ae

FIRST, LAST = dt.date.min, dt.date.max

# relative and yearless phrases, each resolved against the reference
PHRASES = [
    "أمس",
    "غدا",
    "بعد غد",
    "اليوم",
    "أمس الخميس",
    "الخميس المقبل",
    "الجمعة الماضية",
    "الأحد الجاري",
    "الأسبوع المقبل",
    "الأسبوع الماضي",
    "هذا الأسبوع",
    "الشهر المقبل",
    "الشهر الماضي",
    "العام المقبل",
    "السنة الماضية",
    "مطلع الشهر المقبل",
    "أواخر العام المقبل",
    "فبراير من العام المقبل",
    "في 10 من الشهر الماضي",
    "مارس المقبل",
    "ديسمبر الماضي",
    "يناير",
    "15 مارس",
    "3 رمضان",
    "رمضان",
    "شهري ديسمبر ويناير",
    "من ديسمبر إلى يناير",
    "قبل ثلاثة أيام",
    "بعد أسبوعين",
]


@pytest.mark.parametrize(
    ("text", "reference"),
    [("أمس", FIRST), ("مارس المقبل", LAST), ("الأسبوع المقبل", LAST), ("العام الماضي", FIRST)],
)
def test_value_past_the_calendar_is_dropped(text: str, reference: dt.date) -> None:
    assert ae.find_dates(f"انعقد الاجتماع {text}", reference) == []
    assert ae.parse_date(text, reference) is None
    doc = ae.extract(f"انعقد الاجتماع {text}", reference)
    assert doc.dates == () and doc.reference == reference


def test_yearless_month_takes_the_only_year_there_is() -> None:
    # يناير against 0001-06-01: year 0 does not exist, so January of year 1
    value = ae.parse_date("يناير", dt.date(1, 6, 1))
    assert value is not None and value.iso() == "0001-01"
    # يناير against 9999-12-20: the nearest, January 10000, does not exist
    value = ae.parse_date("يناير", dt.date(9999, 12, 20))
    assert value is not None and value.iso() == "9999-01"


def test_dates_inside_the_calendar_still_resolve_at_its_ends() -> None:
    assert [m.value.iso() for m in ae.find_dates("وصل غدا", FIRST)] == ["0001-01-02"]
    assert [m.value.iso() for m in ae.find_dates("وصل أمس", LAST)] == ["9999-12-30"]
    # a week that would end after 9999-12-31 is dropped, the day before is kept
    found = ae.find_dates("هذا الأسبوع، أمس", LAST)
    assert [m.value.iso() for m in found] == ["9999-12-30"]


@settings(
    max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(reference=st.dates(), text=st.sampled_from(PHRASES))
@example(reference=FIRST, text="أمس")
@example(reference=LAST, text="مارس المقبل")
@example(reference=dt.date(1, 6, 1), text="يناير")
def test_no_reference_date_makes_resolution_raise(reference: dt.date, text: str) -> None:
    sentence = f"عقد المجلس اجتماعا {text} في الرباط"
    for mention in ae.find_dates(sentence, reference):
        assert FIRST <= mention.value.start <= mention.value.end <= LAST
    ae.parse_date(text, reference)
    doc = ae.extract(sentence, reference)
    assert doc.to_dict()["reference"] == reference.isoformat()
