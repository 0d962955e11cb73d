"""Event occurrences: the mentions of one real-world event, grouped and merged."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import arabic_events as ae
from arabic_events.lexicon import triggers as trigger_lexicon

REFERENCE = "2019-03-05"


def _groups(text: str) -> list[list[str]]:
    return [[m.trigger for m in o.mentions] for o in ae.extract(text, REFERENCE).occurrences]


def test_definite_mentions_join_the_event_they_refer_to() -> None:
    text = "عقد المجلس اجتماعا أمس بالرباط. وتناول الاجتماع الميزانية، وفي ختام الاجتماع صدر بيان"
    assert _groups(text) == [["اجتماعا", "الاجتماع", "الاجتماع"]]


def test_another_event_of_the_same_kind_stays_apart() -> None:
    assert _groups("عقد المجلس اجتماعا أمس، وسيعقد اجتماعا آخر غدا") == [
        ["اجتماعا"],
        ["اجتماعا"],
    ]
    assert _groups("انتهت الدورة أمس، وستنعقد الدورة المقبلة في يونيو") == [
        ["الدورة"],
        ["الدورة"],
    ]


def test_contradicting_dates_places_and_status_stay_apart() -> None:
    text = "عقدت اللجنة اجتماعها يوم 3 مارس 2019 بالرباط. وكان الاجتماع يوم 1 فبراير 2019 قد تأجل"
    assert len(_groups(text)) == 2
    text = "انعقد الاجتماع أمس بتونس. ومن المقرر أن ينعقد الاجتماع غدا"
    assert len(_groups(text)) == 2


def test_types_never_mix_and_verbs_stay_in_their_paragraph() -> None:
    text = "اجتمع الوزير بنظيره أمس وتناول الاجتماع التعاون.\n\nوتباحث الجانبان في الملف"
    doc = ae.extract(text, REFERENCE)
    assert [o.type.value for o in doc.occurrences] == ["meeting", "talks"]
    assert [len(o.mentions) for o in doc.occurrences] == [2, 1]
    text = "جرت مباحثات في الرباط أمس.\n\nوتباحث الوزيران في الملف"
    assert _groups(text) == [["مباحثات"], ["وتباحث"]]


def test_merged_values_take_the_most_specific() -> None:
    text = "عقد المجلس اجتماعا بالرباط. وتم خلال الاجتماع الذي انعقد يوم 4 مارس 2019 تقديم التقرير"
    doc = ae.extract(text, REFERENCE)
    (occurrence,) = doc.occurrences
    assert occurrence.date is not None and occurrence.date.value.iso() == "2019-03-04"
    assert occurrence.place is not None and occurrence.place.text == "الرباط"
    assert occurrence.status.value == "held"


def test_to_frame_has_one_row_per_occurrence() -> None:
    docs = {"a": ae.extract("عقد المجلس اجتماعا أمس، وتناول الاجتماع الميزانية", REFERENCE)}
    frame = ae.to_frame(docs, kind="occurrences")
    assert frame[["doc_id", "id", "mentions"]].values.tolist() == [["a", "e1", "اجتماعا; الاجتماع"]]


# --- properties -----------------------------------------------------------------

TRIGGERS = sorted(
    {stem + ending for stem, _, klass in trigger_lexicon.NOUNS for ending in ("", "ا")}
    | {"ال" + stem for stem, _, _ in trigger_lexicon.NOUNS}
    | {past[0] for past, _, _, _ in trigger_lexicon.VERBS}
)
PIECES = st.one_of(
    st.sampled_from(TRIGGERS),
    st.sampled_from(["أمس", "غدا", "يوم 3 مارس 2019", "في 12 يوليوز 2018", "بالرباط", "بتونس"]),
    st.sampled_from(["آخر", "المقبلة", "الماضي", "تأجيل", "ألغي", "سيعقد", "انعقد"]),
    st.sampled_from([".", "،", "\n\n", " و", "الوزير", "المجلس"]),
)


@st.composite
def news_like(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(PIECES, max_size=25)))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(news_like(), st.text(max_size=60)), reference=st.dates())
def test_every_mention_in_exactly_one_occurrence(text: str, reference: dt.date) -> None:
    doc = ae.extract(text, reference)
    grouped = [m for o in doc.occurrences for m in o.mentions]
    assert sorted(grouped, key=lambda m: m.start) == list(doc.events)
    assert len({id(m) for m in grouped}) == len(doc.events)
    assert [o.id for o in doc.occurrences] == [f"e{k}" for k in range(1, len(doc.occurrences) + 1)]
    firsts = [o.mentions[0].start for o in doc.occurrences]
    assert firsts == sorted(firsts)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(text=news_like(), reference=st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)))
def test_merged_values_come_from_some_mention(text: str, reference: dt.date) -> None:
    doc = ae.extract(text, reference)
    for o in doc.occurrences:
        assert {m.type for m in o.mentions} == {o.type}
        assert o.status in {m.status for m in o.mentions}
        assert o.date is None or any(m.date is o.date for m in o.mentions)
        assert o.place is None or any(m.place is o.place for m in o.mentions)
        assert (o.date is None) == all(m.date is None for m in o.mentions)
        spans = {(p.start, p.end) for m in o.mentions for p in m.participants}
        assert {(p.start, p.end) for p in o.participants} == spans
    data = doc.to_dict()
    for o, row in zip(doc.occurrences, data["occurrences"], strict=True):
        assert [data["events"][k]["start"] for k in row["mention_indexes"]] == [
            m.start for m in o.mentions
        ]
