"""``parse_date`` on a phrase: a leading preposition or يوم is read past, and the rest
of the string must still be one date expression."""

from __future__ import annotations

import pytest

import arabic_events as ae

REF = "2019-03-01"


@pytest.mark.parametrize(
    ("phrase", "iso"),
    [
        ("في الثاني من أبريل", "2019-04-02"),
        ("يوم الأحد 12 أيار", "2019-05-12"),
        ("خلال شهر نيسان", "2019-04"),
        ("بتاريخ 12/3/2019", "2019-03-12"),
        ("في يوم الأحد 12 أيار 2019", "2019-05-12"),
        ("يوم 22/04", "2019-04-22"),
        ("في 2019", "2019"),
        ("طيلة شهر رمضان 1440هـ", "2019-05-06/2019-06-03"),
    ],
)
def test_a_leading_preposition_is_read_past(phrase: str, iso: str) -> None:
    value = ae.parse_date(phrase, REF)
    assert value is not None and value.iso() == iso


@pytest.mark.parametrize(
    "phrase",
    [
        "في",
        "يوم",
        "في الاجتماع",
        "في الثاني من أبريل بالرباط",  # more than one expression
        "الاجتماع في 2019",  # the opening word is not first
        "منذ 2019",  # "since" changes the value: not read past
        "في في 2019",
    ],
)
def test_the_rest_must_be_one_date(phrase: str) -> None:
    assert ae.parse_date(phrase, REF) is None
