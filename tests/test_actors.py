"""Participants resolved to countries, roles, portfolios and organizations."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import arabic_events as ae
from arabic_events.events.actors import tables
from arabic_events.lexical import key
from arabic_events.lexicon import actors as lex

SETTINGS = settings(
    max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)

PHRASES = [
    # phrase, country, role, portfolio, organization
    ("وزير الخارجية المغربي", "MA", "minister", "foreign affairs", None),
    ("وزيرة الشؤون الخارجية الجزائرية", "DZ", "minister", "foreign affairs", None),
    ("وزير خارجية المغرب", "MA", "minister", "foreign affairs", None),
    ("وزير الشباب والرياضة التونسي", "TN", "minister", "youth and sports", None),
    ("الخارجية القطرية", "QA", "minister", "foreign affairs", None),
    ("الحكومة الجزائرية", "DZ", "head_of_government", None, None),
    ("قصر المرادية", "DZ", "head_of_state", None, None),
    ("الإليزيه", "FR", "head_of_state", None, None),
    ("الكرملين", "RU", "head_of_state", None, None),
    ("البيت الأبيض", "US", "head_of_state", None, None),
    ("رئيس الوزراء الإسرائيلي", "IL", "head_of_government", None, None),
    ("الوزير الأول الموريتاني", "MR", "head_of_government", None, None),
    ("الرئيس الكوري الجنوبي", "KR", "head_of_state", None, None),
    ("السفير الأميركي", "US", "diplomat", None, None),
    ("وفد مصري", "EG", "delegation", None, None),
    ("وفدا سعوديا", "SA", "delegation", None, None),
    ("المغاربة", "MA", None, None, None),
    ("والجزائريين", "DZ", None, None, None),
    ("ملك المغرب", "MA", "head_of_state", None, None),
    ("رئيس فرنسا", "FR", "head_of_state", None, None),
    ("سفير الولايات المتحدة لدى المغرب", "US", "diplomat", None, None),
    ("الأمين العام للأمم المتحدة", None, "organization", None, "UN"),
    ("مفوضية الاتحاد الإفريقي", None, "organization", None, "AU"),
    ("الاتحاد الأفريقي", None, "organization", None, "AU"),
    ("حلف الناتو", None, "organization", None, "NATO"),
    ("حلف شمال الأطلسي", None, "organization", None, "NATO"),
    ("اتحاد المغرب العربي", None, "organization", None, "AMU"),
    ("مجلس التعاون الخليجي", None, "organization", None, "GCC"),
    ("منظمة التعاون الإسلامي", None, "organization", None, "OIC"),
    ("المبعوث الأممي", None, "diplomat", None, "UN"),
    ("رئيس الجامعة الأمريكية في بيروت", "LB", "organization", None, "AUB"),
    ("الجامعة الأمريكية بالقاهرة", "EG", "organization", None, "AUC"),
]


@pytest.mark.parametrize(("phrase", "country", "role", "portfolio", "org"), PHRASES)
def test_resolve_actor(
    phrase: str, country: str | None, role: str | None, portfolio: str | None, org: str | None
) -> None:
    p = ae.resolve_actor(phrase)
    assert p is not None
    assert (p.country, p.role, p.portfolio, p.organization) == (country, role, portfolio, org)
    assert (p.text, p.start, p.end) == (phrase, 0, len(phrase))


@pytest.mark.parametrize(
    "phrase",
    [
        "محمد المغربي",  # a surname
        "عبد الرحمن المصري",
        "الشركة الفرنسية",  # a company
        "القهوة التركية",  # a product
        "مجلس الأمن القومي",  # not the UN Security Council
        "الكاتب",
        "",
        "   ",
    ],
)
def test_phrases_that_name_no_actor(phrase: str) -> None:
    assert ae.resolve_actor(phrase) is None


def test_a_personal_name_keeps_the_role_but_not_the_surname() -> None:
    p = ae.resolve_actor("الوزير محمد المغربي")
    assert p is not None and (p.role, p.country) == (ae.ActorRole.MINISTER, None)
    p = ae.resolve_actor("الأمير تركي الفيصل")
    assert p is not None and (p.role, p.country) == (ae.ActorRole.HEAD_OF_STATE, None)


def test_a_non_str_raises_type_error() -> None:
    with pytest.raises(TypeError, match="expects a str"):
        ae.resolve_actor(None)  # type: ignore[arg-type]


@SETTINGS
@given(st.text())
def test_resolve_actor_never_raises(phrase: str) -> None:
    p = ae.resolve_actor(phrase)
    assert p is None or (p.text == phrase and p.start == 0 and p.end == len(phrase))


words = st.sampled_from(
    ["وزير", "الخارجية", "المغربي", "و", "ونظيره", "الجزائري", "محمد", "المغرب", "والجزائر",
     "بين", "مع", "وفد", "مصري", "الأمم", "المتحدة", "،", "اجتمع", "التقى", "مباحثات", "في",
     "الرباط", "سفير", "اليابان", "\u064e", "من", "البنك", "الدولي", " "]
)  # fmt: skip


@SETTINGS
@given(st.lists(words, max_size=25).map(" ".join))
def test_every_participant_indexes_the_text(text: str) -> None:
    for e in ae.find_events(text, "2019-01-01"):
        for p in e.participants:
            assert isinstance(p, ae.Participant)
            assert text[p.start : p.end] == p.text and p.text
            assert p.country is None or (p.country.isupper() and len(p.country) == 2)


def test_two_countries_joined_by_wa_are_two_participants() -> None:
    text = "جرت محادثات بين المغرب والجزائر أمس"
    [event] = ae.find_events(text, "2019-03-05")
    assert [(p.text, p.country) for p in event.participants] == [
        ("المغرب", "MA"),
        ("الجزائر", "DZ"),
    ]
    assert all(text[p.start : p.end] == p.text for p in event.participants)


def test_a_counterpart_takes_the_role_of_the_first_participant() -> None:
    text = "اجتمع وزير الخارجية الأميركي مع نظيره الأردني في عمان"
    [event] = ae.find_events(text, "2019-03-05")
    counterpart = event.participants[1]
    assert (counterpart.country, counterpart.role, counterpart.portfolio) == (
        "JO",
        "minister",
        "foreign affairs",
    )


def test_participants_dicts_and_pickling() -> None:
    doc = ae.extract("اجتمع وزير الخارجية الأميركي مع نظيره الأردني في عمان", "2019-03-05")
    first = doc.to_dict()["events"][0]["participants"][0]
    assert first == {
        "text": "وزير الخارجية الأميركي",
        "start": 6,
        "end": 28,
        "country": "US",
        "role": "minister",
        "portfolio": "foreign affairs",
        "organization": None,
    }
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_a_hand_built_span_participant_still_serializes() -> None:
    span = ae.Span("x", 0, 1)
    event = ae.EventMention("اجتماع", 0, 6, ae.EventType.MEETING, participants=(span,))  # type: ignore[arg-type]
    empty = {"country": None, "role": None, "portfolio": None, "organization": None}
    assert event.to_dict()["participants"] == [{"text": "x", "start": 0, "end": 1, **empty}]


def test_the_tables_are_consistent() -> None:
    codes = [c for c, *_ in lex.COUNTRIES]
    assert all(len(c) == 2 and c.isupper() for c in codes)
    assert len(set(codes)) >= 190  # the UN members, Palestine and the Holy See
    roles = {r.value for r in ae.ActorRole}
    assert {r for _, r, _ in lex.ROLES} <= roles
    assert {r for _, _, r, _ in lex.STATE_BODIES} <= roles | {""}
    idents = [i for i, _ in lex.ORGANIZATIONS]
    assert len(idents) == len(set(idents))
    # every spelling of a country name and adjective resolves to its own code
    t = tables()
    for code, names, adjectives, _ in lex.COUNTRIES:
        for name in names:
            p = ae.resolve_actor(name)
            assert p is not None and p.country == code, name
        for adjective in adjectives:
            form = tuple(key(w) for w in adjective.split())
            assert t.adjectives[form] == code, adjective
