"""Times of day, time zones and durations: the data model, the grammar and its hooks.

The sentence-level cases are in ``tests/cases/times_*.jsonl``; this module checks
the methods of the data model with values worked out by hand, a few constructions
one by one, and properties over generated text: never raise, spans index the
original, ``iso()``/``timex()`` well formed, ``datetimes()`` consistent with the
zone, and a time joined to a date never changes the date's days.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import arabic_events as ae
from arabic_events.types import DAY_PART_HOURS, DateValue, DayPart, Grain

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
DAY = dt.date(2019, 2, 6)


def _zone_available(name: str) -> bool:
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(name)
    except Exception:
        return False
    return True


def value(**kw: object) -> DateValue:
    base: dict[str, object] = {"start": DAY, "end": DAY, "grain": Grain.DAY}
    base.update(kw)
    return DateValue(**base)  # type: ignore[arg-type]


# --- the data model -----------------------------------------------------------------


def test_a_plain_date_is_unchanged() -> None:
    v = value()
    assert (v.iso(), v.timex(), v.datetimes()) == ("2019-02-06", "2019-02-06", None)
    assert "time_start" not in repr(v)
    d = v.to_dict()
    assert (d["time_start"], d["time_end"], d["day_part"], d["tz"]) == (None, None, None, None)
    assert d["timex"] == "2019-02-06"


def test_a_clock_time_in_iso_timex_and_dict() -> None:
    v = value(time_start=dt.time(10), time_end=dt.time(10), tz="+00:00")
    assert v.iso() == "2019-02-06T10:00+00:00"
    assert v.timex() == "2019-02-06T10:00"
    assert (v.to_dict()["time_start"], v.to_dict()["tz"]) == ("10:00", "+00:00")
    assert "time_start=datetime.time(10, 0)" in repr(v)


def test_a_range_of_hours_across_midnight_ends_the_next_day() -> None:
    v = value(time_start=dt.time(22), time_end=dt.time(2))
    assert v.iso() == "2019-02-06T22:00/2019-02-07T02:00"
    start, end = v.datetimes()  # type: ignore[misc]
    assert (start, end) == (dt.datetime(2019, 2, 6, 22), dt.datetime(2019, 2, 7, 2))


@pytest.mark.parametrize(
    ("part", "timex", "start", "end"),
    [
        (DayPart.MORNING, "2019-02-06TMO", dt.datetime(2019, 2, 6, 6), dt.datetime(2019, 2, 6, 12)),
        (DayPart.NOON, "2019-02-06TMI", dt.datetime(2019, 2, 6, 12), dt.datetime(2019, 2, 6, 14)),
        (
            DayPart.AFTERNOON,
            "2019-02-06TAF",
            dt.datetime(2019, 2, 6, 14),
            dt.datetime(2019, 2, 6, 18),
        ),
        (
            DayPart.EVENING,
            "2019-02-06TEV",
            dt.datetime(2019, 2, 6, 18),
            dt.datetime(2019, 2, 6, 22),
        ),
        (DayPart.NIGHT, "2019-02-06TNI", dt.datetime(2019, 2, 6, 22), dt.datetime(2019, 2, 7, 6)),
    ],
)
def test_parts_of_the_day(part: DayPart, timex: str, start: dt.datetime, end: dt.datetime) -> None:
    v = value(day_part=part)
    assert v.timex() == timex
    assert v.iso() == "2019-02-06"  # ISO 8601 has no parts of the day
    assert v.datetimes() == (start, end)


@pytest.mark.parametrize(
    ("grain", "start", "end", "timex"),
    [
        (Grain.QUARTER, dt.date(2016, 7, 1), dt.date(2016, 9, 30), "2016-Q3"),
        (Grain.HALF, dt.date(2016, 1, 1), dt.date(2016, 6, 30), "2016-H1"),
        (Grain.SEASON, dt.date(2016, 6, 1), dt.date(2016, 8, 31), "2016-SU"),
        (Grain.SEASON, dt.date(2016, 12, 1), dt.date(2017, 2, 28), "2016-WI"),
        (Grain.SEASON, dt.date(2017, 1, 1), dt.date(2017, 2, 28), "2016-WI"),
        (Grain.DECADE, dt.date(2010, 1, 1), dt.date(2019, 12, 31), "201"),
        (Grain.WEEK, dt.date(2019, 2, 4), dt.date(2019, 2, 10), "2019-W06"),
        (Grain.MONTH, dt.date(2019, 2, 1), dt.date(2019, 2, 28), "2019-02"),
        (Grain.YEAR, dt.date(2019, 1, 1), dt.date(2019, 12, 31), "2019"),
    ],
)
def test_timex_of_grains(grain: Grain, start: dt.date, end: dt.date, timex: str) -> None:
    assert DateValue(start, end, grain).timex() == timex


def test_fixed_offsets_give_aware_datetimes() -> None:
    v = value(time_start=dt.time(9, 30), time_end=dt.time(9, 30), tz="-03:00")
    start, _ = v.datetimes()  # type: ignore[misc]
    assert start.utcoffset() == dt.timedelta(hours=-3)


@pytest.mark.skipif(not _zone_available("Asia/Riyadh"), reason="no time zone database")
def test_an_iana_zone_gives_its_offset() -> None:
    v = value(time_start=dt.time(21), time_end=dt.time(21), tz="Asia/Riyadh")
    assert v.iso() == "2019-02-06T21:00+03:00"
    start, _ = v.datetimes()  # type: ignore[misc]
    assert start.utcoffset() == dt.timedelta(hours=3)


def test_an_unknown_zone_gives_naive_datetimes_and_no_offset() -> None:
    v = value(time_start=dt.time(8), time_end=dt.time(8), tz="Nowhere/Atlantis")
    assert v.iso() == "2019-02-06T08:00"
    start, _ = v.datetimes()  # type: ignore[misc]
    assert start.tzinfo is None


def test_part_hours_are_documented_in_order() -> None:
    assert [p.value for p in DAY_PART_HOURS] == ["morning", "noon", "afternoon", "evening", "night"]


# --- the grammar ----------------------------------------------------------------------


def _one(text: str, ref: str = "2019-03-05") -> DateValue:
    [m] = ae.find_dates(text, ref)
    return m.value


def test_a_part_of_the_day_sets_the_half_of_a_bare_hour() -> None:
    # regression: the clock time after مساء أمس was read as 08:00
    v = _one("عقد المجلس جلسة مساء أمس على الساعة الثامنة بالرباط")
    assert (v.start, v.time_start, v.day_part) == (
        dt.date(2019, 3, 4),
        dt.time(20),
        DayPart.EVENING,
    )


def test_a_part_of_the_day_goes_to_the_date_after_it() -> None:
    # regression: مساء was taken into the month before it (شهر شوال مساء)
    text = "دعت المحكمة إلى تحري هلال شهر شوال مساء يوم الخميس"
    got = [(m.text, m.value.day_part) for m in ae.find_dates(text, "2019-06-01")]
    assert got == [("شهر شوال", None), ("مساء يوم الخميس", DayPart.EVENING)]


@pytest.mark.parametrize(
    ("phrase", "hour", "minute"),
    [
        ("الساعة الواحدة ظهرا", 13, 0),
        ("الساعة 12 زوالا", 12, 0),
        ("الساعة الثانية عشرة ليلا", 0, 0),
        ("الساعة الخامسة فجرا", 5, 0),
        ("الساعة الرابعة عصرا", 16, 0),
        ("الساعة الحادية عشرة قبل الزوال", 11, 0),
        ("الساعة العاشرة والربع مساء", 22, 15),
        ("الساعة التاسعة إلا ثلثا صباحا", 8, 40),
        ("الساعة العاشرة و20 دقيقة صباحا", 10, 20),
    ],
)
def test_twelve_hour_words(phrase: str, hour: int, minute: int) -> None:
    [m] = ae.find_times(f"يبدأ اللقاء على {phrase} بالقاعة الكبرى", "2019-03-05")
    assert m.value.time_start == dt.time(hour, minute)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("استغرق اللقاء ساعة ونصف", "PT1H30M"),
        ("أقام الوفد يومين ونصف", "P2DT12H"),
        ("قضى في السجن 3 سنوات ونصف", "P3Y6M"),
        ("دامت الزيارة أسبوعين", "P2W"),
        ("بقي هناك لمدة شهر", "P1M"),
        ("انتظروا 45 دقيقة", "PT45M"),
    ],
)
def test_duration_values(text: str, value: str) -> None:
    assert [d.value for d in ae.find_durations(text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "اجتمع المجلس يوم الخميس على العاشرة بتوقيت غرينتش",
        "اجتمع المجلس يوم الخميس على 10 GMT",
        "اجتمع المجلس يوم الخميس في العاشرة والنصف",
        "اجتمع المجلس يوم الخميس على الساعة العاشرة",
    ],
)
def test_every_kind_of_clock_time_joins_its_date(text: str) -> None:
    [m] = ae.find_dates(text, "2019-03-05")
    assert m.text.startswith("الخميس") and m.value.time_start is not None
    assert ae.find_times(text, "2019-03-05") == []


def test_a_time_is_not_a_date_mention() -> None:
    text = "تبدأ الجلسة على الساعة العاشرة صباحا وتستمر لمدة ساعتين"
    assert ae.find_dates(text, "2019-03-05") == []
    assert [m.text for m in ae.find_times(text, "2019-03-05")] == ["الساعة العاشرة صباحا"]
    assert [d.value for d in ae.find_durations(text)] == ["PT2H"]


def test_a_time_in_another_sentence_takes_the_reference_day() -> None:
    text = "وصل الوفد يوم 12 يوليوز 2018. ويبدأ اللقاء على الساعة العاشرة صباحا."
    [m] = ae.find_times(text, "2018-07-20")
    assert m.value.start == dt.date(2018, 7, 20) and m.relative


def test_extract_reports_times_durations_and_event_duration() -> None:
    text = "انطلقت أمس بالرباط أشغال المؤتمر الإفريقي للماء على مدى ثلاثة أيام. "
    text += "وتفتتح الجلسة العامة على الساعة العاشرة صباحا."
    doc = ae.extract(text, "2019-02-06")
    assert [d.text for d in doc.dates] == ["أمس"]
    assert [(t.text, t.value.iso()) for t in doc.times] == [
        ("الساعة العاشرة صباحا", "2019-02-06T10:00")
    ]
    assert [(d.text, d.value) for d in doc.durations] == [("على مدى ثلاثة أيام", "P3D")]
    conference = next(e for e in doc.events if e.trigger == "المؤتمر")
    assert conference.duration == "P3D"
    assert conference.date is doc.dates[0]  # the date is the day it starts
    assert conference.end_date() == dt.date(2019, 2, 7)
    out = doc.to_dict()
    assert out["durations"][0]["value"] == "P3D" and out["times"][0]["value"]["timex"]


def test_the_json_of_a_document_with_times_matches_the_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(
        (Path(__file__).parents[1] / "docs" / "document.schema.json").read_text(encoding="utf-8")
    )
    text = "اجتمع المجلس مساء أمس على الساعة التاسعة بتوقيت مكة المكرمة لمدة ساعتين"
    jsonschema.validate(ae.extract(text, "2019-02-06").to_dict(), schema)


def test_a_joined_time_keeps_every_field_of_the_date_match() -> None:
    # the event linker reads the date's own tokens and flags from the match
    from dataclasses import fields

    from arabic_events.dates import times as tg
    from arabic_events.dates.grammar import Match

    m = Match(first=3, clitic=1, end=5, value=value(), relative=True, warnings=("w",))
    timed = tg._timed(m, value(day_part=DayPart.EVENING), (2, 0, 5))
    kept = [f.name for f in fields(Match) if f.name != "value"]
    assert [getattr(timed, k) for k in kept] == [getattr(m, k) for k in kept]
    assert tg.outer_span(timed) == (2, 0, 5) and tg.outer_span(m) == (3, 1, 5)


def test_non_strings_raise_type_error() -> None:
    with pytest.raises(TypeError, match="str"):
        ae.find_times(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="str"):
        ae.find_durations(12)  # type: ignore[arg-type]


# --- properties -------------------------------------------------------------------------

FRAGMENTS = [
    "الساعة", "على", "في", "من", "إلى", "بين", "و", "العاشرة", "الحادية عشرة", "والنصف",
    "إلا ربعا", "صباحا", "مساء", "ليلا", "بعد الزوال", "زوالا", "صباح", "مساء", "ليلة",
    "فجر", "الغد", "اليوم", "أمس", "الخميس", "الجمعة", "منتصف الليل", "بتوقيت", "غرينتش",
    "مكة المكرمة", "بالتوقيت المحلي", "GMT", "+", "-", ":", "/", "h", "س", "10", "30", "9",
    "12", "24", "3", "2019", "يوليوز", "15", "لمدة", "على مدى", "ثلاثة", "أيام", "يومين",
    "ساعتين", "ساعة", "ربع", "الساعات الأولى من الصباح", "،", ".", "الرباط", "الجزائر",
    "العالمي", "بالتوقيت", "UTC", "من يوم", "ابتداء من",
]  # fmt: skip
ISO_RE = re.compile(
    r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}([+-]\d{2}:\d{2})?)?)?|-W\d{2})?"
    r"(/\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}([+-]\d{2}:\d{2})?)?)?$"
)
TIMEX_RE = re.compile(
    r"^(\d{4}-\d{2}-\d{2}T(MO|MI|AF|EV|NI)|\d{4}-Q[1-4]|\d{4}-H[12]|\d{4}-(SP|SU|FA|WI)|\d{3}|"
    r"\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?|-W\d{2})?(/\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?)?)$"
)
DURATION_RE = re.compile(r"^P(\d+[YMWD](T12H|6M|15D)?|T\d+H(30M)?|T\d+M(30S)?)$")

texts = st.lists(st.sampled_from(FRAGMENTS), max_size=14).map(" ".join) | st.text(max_size=60)


@SETTINGS
@given(texts, st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
def test_never_raises_and_spans_index_the_original(text: str, ref: dt.date) -> None:
    mentions = ae.find_dates(text, ref) + ae.find_times(text, ref)
    for m in mentions:
        assert text[m.start : m.end] == m.text
        v = m.value
        assert ISO_RE.match(v.iso()), v.iso()
        assert TIMEX_RE.match(v.timex()), v.timex()
        d = v.to_dict()
        for key in ("time_start", "time_end"):
            assert d[key] is None or re.match(r"^\d{2}:\d{2}$", d[key])
        pair = v.datetimes()
        if v.time_start is None and v.day_part is None:
            assert pair is None
        else:
            assert pair is not None and pair[0] <= pair[1]
            assert pair[0].date() == v.start
            if v.tz is not None and v.tz[:1] in "+-":
                assert pair[0].utcoffset() is not None
            if v.tz is None:
                assert pair[0].tzinfo is None
    for d in ae.find_durations(text):
        assert text[d.start : d.end] == d.text
        assert DURATION_RE.match(d.value), d.value


joined_texts = st.tuples(
    st.sampled_from(["وقع الحادث", "اجتمع المجلس يوم"]),
    st.sampled_from(["الخميس", "12 يوليوز 2018", "أمس", "مساء الخميس"]),
    st.sampled_from(["", "على", "في", "عند", "ابتداء من"]),
    st.sampled_from(["العاشرة", "10", "الساعة 10", "10:30", "10h30", "منتصف الليل", "9"]),
    st.sampled_from(["", "صباحا", "بتوقيت غرينتش", "GMT+1", "والنصف", "بالتوقيت المحلي"]),
    st.sampled_from(["", " بالرباط", "، لمدة يومين", " إلى 12 ظهرا"]),
).map(" ".join)


@SETTINGS
@given(texts | joined_texts, st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
def test_the_quick_text_check_changes_no_result(text: str, ref: dt.date) -> None:
    from arabic_events.dates import times as tg

    quick = ae.find_dates(text, ref)
    original = tg.may_have_time
    tg.may_have_time = lambda parser: True
    try:
        assert ae.find_dates(text, ref) == quick
    finally:
        tg.may_have_time = original


@SETTINGS
@given(texts | joined_texts, st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
def test_the_quick_token_check_changes_no_lone_time(text: str, ref: dt.date) -> None:
    from arabic_events.dates import times as tg

    quick = ae.find_times(text, ref)
    original = tg.worth_parsing
    tg.worth_parsing = lambda tokens, i: True
    try:
        assert ae.find_times(text, ref) == quick
    finally:
        tg.worth_parsing = original


DATES = ["12 يوليوز 2018", "الخميس 15 نونبر 2018", "أمس", "اليوم الاثنين", "غدا"]
BEFORE = ["صباح", "مساء", "ليلة", "الساعة التاسعة صباحا من يوم", "في العاشرة من صباح"]
AFTER = ["على الساعة 10", "عند منتصف الليل", "في الساعة 9:30 صباحا", "مساء", "على الساعة 15h30"]


@SETTINGS
@given(
    st.sampled_from(DATES),
    st.sampled_from(["", *BEFORE]),
    st.sampled_from(["", *AFTER]),
    st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)),
)
def test_a_joined_time_keeps_the_days_of_its_date(
    date_text: str, before: str, after: str, ref: dt.date
) -> None:
    [plain] = ae.find_dates(f"وقع الحادث {date_text} بالمدينة", ref)
    text = f"وقع الحادث {before} {date_text} {after} بالمدينة".replace("  ", " ")
    [joined] = ae.find_dates(text, ref)
    assert (joined.value.start, joined.value.end) == (plain.value.start, plain.value.end)
    assert joined.start <= text.index(date_text) and joined.end >= text.index(date_text) + len(
        date_text
    )
    assert ae.find_times(text, ref) == []
