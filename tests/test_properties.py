"""Property tests for the public functions ``find_dates``, ``parse_date``,
``find_events`` and ``extract`` (normalization has its own:
``test_normalize_properties.py``).

The invariants are what the documentation promises: never raise on a ``str``,
a ``TypeError`` naming ``str`` for non-strings and a ``ValueError`` for a bad
reference string, picklable results (docs/api.md); every span indexes the
caller's string (docs/index.md); date mentions in text order and disjoint,
``start <= end`` (docs/dates.md); an event's date is one of the text's date
mentions, the very same object inside a ``Document`` (docs/events.md);
deterministic; ``to_dict()`` JSON-ready (docs/events.md, "JSON output").  Two
round trips check the month lexicon end to end: a random valid Gregorian date
written in any regional month system and digit script, and a random Hijri date,
read back as exactly that day.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import pickle
from typing import Any

import pytest
from hijridate import Hijri
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import arabic_events as ae
from arabic_events.lexicon import event_cues
from arabic_events.lexicon import triggers as trigger_lexicon
from arabic_events.lexicon.calendar_words import WEEKDAYS
from arabic_events.lexicon.months import MONTHS

SETTINGS = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
FEW = settings(SETTINGS, max_examples=150)

# --- strategies -------------------------------------------------------------------

ASCII_DIGITS = "0123456789"
DIGIT_SCRIPTS = {
    "ascii": ASCII_DIGITS,
    "arabic-indic": "٠١٢٣٤٥٦٧٨٩",
    "persian": "۰۱۲۳۴۵۶۷۸۹",
}


def in_script(s: str, script: str) -> str:
    """``s`` with its ASCII digits written in another digit script."""
    return s.translate(str.maketrans(ASCII_DIGITS, DIGIT_SCRIPTS[script]))


scripts = st.sampled_from(sorted(DIGIT_SCRIPTS))
references = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2070, 12, 31))

MONTH_WORDS = sorted({spelling for _, _, spelling, _ in MONTHS})
WEEKDAY_WORDS = [*sorted(WEEKDAYS), "يوم", "أمس", "غدا", "اليوم", "المقبل", "الماضي", "الجاري"]
TRIGGER_WORDS = sorted(
    {stem for stem, _, _ in trigger_lexicon.NOUNS}
    | {form for forms, _, _, _ in trigger_lexicon.VERBS for form in forms}
    | {" ".join((a[0], b[0])) for a, b, _ in trigger_lexicon.PHRASES}
    | {
        "اجتماع",
        "الاجتماع",
        "اجتماعات",
        "اجتماعين",
        "اجتماعه",
        "لقائه",
        "قمة",
        "القمة",
        "للقمة",
        "ندوة",
        "ندوته",
        "زيارة",
        "زيارته",
        "جلسة",
        "جلستها",
        "دورة",
        "دورتها",
        "ورشة",
        "منتدى",
        "ملتقى",
        "مؤتمر",
        "المؤتمرات",
        "سيجتمع",
        "سيزور",
        "يلتقي",
        "مباحثاتهما",
        "حفل",
        "معرض",
    }
)
CUE_WORDS = sorted(
    {w for words in event_cues.STATUS_CUES.values() for w in words}
    | set(event_cues.HABITUAL_CUES)
    | set(event_cues.REPORTING_VERBS[:10])
    | {"الذي", "التي", "في", "ب", "إلى", "مدينة", "العاصمة", "الرباط", "القاهرة", "عمان"}
)
PUNCTUATION = [*"،؛؟.,:;!/-–()[]«»\"'%", "هـ", "م", "ـ"]
CLITICS = ["و", "ف", "ب", "ل", "ك", "ال", "لل", "س", "سـ"]
DIACRITICS = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0640", "\u0670"]
BIDI = ["\u200e", "\u200f", "\u061c", "\u200b", "\u200c", "\u200d", "\ufeff"] + [
    chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
]
SEPARATORS = [" ", " ", " ", "", "\n", "\u00a0", "  "]


@st.composite
def numbers(draw: st.DrawFn) -> str:
    n = draw(st.one_of(st.integers(0, 40), st.integers(1300, 2100), st.integers(0, 10**6)))
    return in_script(str(n), draw(scripts))


arabic_pieces = st.one_of(
    st.sampled_from(MONTH_WORDS),
    st.sampled_from(WEEKDAY_WORDS),
    st.sampled_from(TRIGGER_WORDS),
    st.sampled_from(CUE_WORDS),
    numbers(),
    st.sampled_from(PUNCTUATION),
    st.sampled_from(CLITICS),
    st.sampled_from(DIACRITICS),
    st.sampled_from(BIDI),
    st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
)


@st.composite
def arabic_texts(draw: st.DrawFn) -> str:
    """Arabic-heavy text: month, weekday, trigger and cue words, numbers, marks, glued or spaced."""
    parts = draw(st.lists(st.tuples(arabic_pieces, st.sampled_from(SEPARATORS)), max_size=30))
    return "".join(p + sep for p, sep in parts)


any_texts = st.one_of(st.text(max_size=80), arabic_texts())

# --- helpers ----------------------------------------------------------------------


def _spans(text: str, mentions: Any) -> list[str]:
    """Every span-like object's problem, if it does not index ``text``."""
    problems = []
    for m in mentions:
        if text[m.start : m.end] != m.text:
            problems.append(f"{m!r}: text[{m.start}:{m.end}] == {text[m.start : m.end]!r}")
    return problems


def _event_spans(events: Any) -> list[Any]:
    out: list[Any] = []
    for e in events:
        out.append(e)  # trigger, start, end
        if e.date is not None:
            out.append(e.date)
        if e.place is not None:
            out.append(e.place)
        out.extend(e.participants)
    return out


class _Trigger:
    """An EventMention seen as a span (its text is ``trigger``)."""

    def __init__(self, e: Any) -> None:
        self.text, self.start, self.end = e.trigger, e.start, e.end

    def __repr__(self) -> str:
        return f"trigger {self.text!r} [{self.start}:{self.end}]"


def _as_spans(items: list[Any]) -> list[Any]:
    return [_Trigger(x) if isinstance(x, ae.EventMention) else x for x in items]


# --- never raises, spans, order ---------------------------------------------------


@SETTINGS
@given(text=any_texts, reference=references)
def test_find_dates_spans_order_and_values(text: str, reference: dt.date) -> None:
    mentions = ae.find_dates(text, reference)
    assert isinstance(mentions, list)
    assert not _spans(text, mentions)
    for a, b in itertools.pairwise(mentions):
        assert a.end <= b.start, f"mentions overlap or are out of order: {a!r} {b!r}"
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert m.value.start <= m.value.end, m


@SETTINGS
@given(text=any_texts, reference=references)
def test_parse_date_never_raises(text: str, reference: dt.date) -> None:
    value = ae.parse_date(text, reference)
    assert value is None or isinstance(value, ae.DateValue)
    if value is not None:
        assert value.start <= value.end


@SETTINGS
@given(text=any_texts, reference=references)
def test_find_events_spans_and_linked_dates(text: str, reference: dt.date) -> None:
    events = ae.find_events(text, reference)
    assert not _spans(text, _as_spans(_event_spans(events)))
    dates = ae.find_dates(text, reference)
    for e in events:
        assert e.start < e.end
        assert isinstance(e.type, ae.EventType) and isinstance(e.status, ae.EventStatus)
        if e.date is not None:
            assert e.date in dates, f"{e!r} is linked to a date find_dates does not report"
            assert e.date.value.start <= e.date.value.end
    for a, b in itertools.pairwise(events):
        assert a.start <= b.start, "events are not in text order"


@SETTINGS
@given(text=any_texts, reference=references)
def test_extract_links_the_very_same_date_objects(text: str, reference: dt.date) -> None:
    doc = ae.extract(text, reference)
    assert doc.text == text and doc.reference == reference
    assert list(doc.dates) == ae.find_dates(text, reference)
    assert list(doc.events) == ae.find_events(text, reference)
    for e in doc.events:
        if e.date is not None:
            assert any(e.date is d for d in doc.dates), f"{e!r}: date is not one of doc.dates"
    data = doc.to_dict()
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    for i, e in enumerate(data["events"]):
        index = e["date_index"]
        if doc.events[i].date is None:
            assert index is None
        else:
            assert data["dates"][index] == e["date"]


# --- determinism and pickling ---------------------------------------------------------


@FEW
@given(text=arabic_texts(), reference=references)
def test_same_input_same_output(text: str, reference: dt.date) -> None:
    assert ae.find_dates(text, reference) == ae.find_dates(text, reference)
    assert ae.find_events(text, reference) == ae.find_events(text, reference)
    assert ae.parse_date(text, reference) == ae.parse_date(text, reference)
    assert ae.extract(text, reference) == ae.extract(text, reference)
    # every accepted form of the reference gives the same answer
    as_datetime = dt.datetime.combine(reference, dt.time(12, 30))
    assert ae.extract(text, reference.isoformat()) == ae.extract(text, reference)
    assert ae.extract(text, as_datetime) == ae.extract(text, reference)


@FEW
@given(text=arabic_texts(), reference=references)
def test_results_pickle(text: str, reference: dt.date) -> None:
    doc = ae.extract(text, reference)
    for obj in (
        doc,
        list(doc.dates),
        list(doc.events),
        ae.parse_date(text, reference),
        [d.value for d in doc.dates],
    ):
        assert pickle.loads(pickle.dumps(obj)) == obj


# --- round trips through the month lexicon ------------------------------------------

FRAMES = (
    "{}",
    "انعقد الاجتماع يوم {} بالرباط.",
    "وفي {}، وقع الطرفان على اتفاقية للتعاون.",
    "أعلنت الوزارة أن المعرض سيفتتح في {} بمشاركة واسعة.",
    "زار الوفد المدينة بتاريخ {} والتقى المسؤولين المحليين.",
    "صدر القرار ({}) عن المجلس.",
    "التاريخ: {}",
    "{} — اختتمت أشغال الدورة العادية للمجلس.",
)
GREGORIAN_SPELLINGS: dict[int, list[str]] = {}
HIJRI_SPELLINGS: dict[int, list[str]] = {}
for _number, _calendar, _spelling, _ambiguous in MONTHS:
    table = GREGORIAN_SPELLINGS if _calendar == "gregorian" else HIJRI_SPELLINGS
    table.setdefault(_number, []).append(_spelling)


@st.composite
def gregorian_dates(draw: st.DrawFn) -> tuple[dt.date, str, str]:
    day = draw(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2070, 12, 31)))
    spelling = draw(st.sampled_from(GREGORIAN_SPELLINGS[day.month]))
    written = in_script(f"{day.day} {spelling} {day.year}", draw(scripts))
    return day, written, draw(st.sampled_from(FRAMES)).format(written)


@st.composite
def hijri_dates(draw: st.DrawFn) -> tuple[Hijri, str, str]:
    year = draw(st.integers(1400, 1480))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, Hijri(year, month, 1).month_length()))
    spelling = draw(st.sampled_from(HIJRI_SPELLINGS[month]))
    written = in_script(f"{day} {spelling} {year}هـ", draw(scripts))
    return Hijri(year, month, day), written, draw(st.sampled_from(FRAMES)).format(written)


@SETTINGS
@given(case=gregorian_dates(), reference=references)
def test_gregorian_date_in_any_month_system_reads_back(
    case: tuple[dt.date, str, str], reference: dt.date
) -> None:
    day, written, text = case
    mentions = ae.find_dates(text, reference)
    assert len(mentions) == 1, f"{text!r}: {mentions!r}"
    (m,) = mentions
    assert (m.value.start, m.value.end) == (day, day), f"{text!r}: {m!r}"
    assert m.text == written
    value = ae.parse_date(written, reference)
    assert value is not None and (value.start, value.end) == (day, day), f"{written!r}: {value!r}"


@SETTINGS
@given(case=hijri_dates(), reference=references)
def test_hijri_date_reads_back_as_umm_al_qura(
    case: tuple[Hijri, str, str], reference: dt.date
) -> None:
    hijri, _written, text = case
    expected = hijri.to_gregorian()
    expected = dt.date(expected.year, expected.month, expected.day)
    mentions = ae.find_dates(text, reference)
    assert len(mentions) == 1, f"{text!r}: {mentions!r}"
    (m,) = mentions
    assert (m.value.start, m.value.end) == (expected, expected), f"{text!r}: {m!r}"
    assert m.value.calendar == "hijri"
    assert m.value.hijri == (hijri.year, hijri.month, hijri.day)


# --- argument errors ---------------------------------------------------------------------

PUBLIC = {
    "find_dates": ae.find_dates,
    "parse_date": ae.parse_date,
    "find_events": ae.find_events,
    "extract": ae.extract,
}
not_strings = st.one_of(
    st.none(),
    st.integers(),
    st.floats(allow_nan=False),
    st.binary(max_size=10),
    st.lists(st.text(max_size=3), max_size=3),
    st.dates(),
)


@pytest.mark.parametrize("name", sorted(PUBLIC))
@settings(SETTINGS, max_examples=40)
@given(value=not_strings)
def test_non_str_text_raises_type_error_naming_str(name: str, value: object) -> None:
    with pytest.raises(TypeError, match="str"):
        PUBLIC[name](value, "2020-01-01")  # type: ignore[operator]


BAD_REFERENCES = [
    "",
    " ",
    "yesterday",
    "أمس",
    "2019-13-01",
    "2019-02-30",
    "31/12/2019",
    "12-07-2018",
]
no_digit_strings = st.text(alphabet=st.characters(blacklist_categories=("Nd", "Cs")), max_size=20)


@pytest.mark.parametrize("name", sorted(PUBLIC))
@settings(SETTINGS, max_examples=40)
@given(reference=st.one_of(st.sampled_from(BAD_REFERENCES), no_digit_strings))
def test_bad_reference_string_raises_value_error(name: str, reference: str) -> None:
    with pytest.raises(ValueError):
        PUBLIC[name]("انعقد الاجتماع يوم 12 يوليوز 2018 بالرباط", reference)


NON_DECIMAL_DIGITS = ["²", "①", "5²", "في ² يوليوز", "١٢ يوليو ²٠١٨", "انعقد الاجتماع يوم ³"]


@pytest.mark.parametrize("text", NON_DECIMAL_DIGITS)
def test_non_decimal_digits_do_not_crash(text: str) -> None:
    for fn in PUBLIC.values():
        fn(text, "2020-01-01")  # type: ignore[operator]
