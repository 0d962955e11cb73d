"""The Document: JSON schema, links between events and dates, notebook HTML."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import arabic_events as ae

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[1] / "docs" / "document.schema.json").read_text()
)
ARTICLE = (Path(__file__).resolve().parents[1] / "examples" / "article_ma.txt").read_text(
    encoding="utf-8"
)


@pytest.mark.parametrize(
    "text",
    [
        ARTICLE,
        "",
        "لا شيء هنا",
        "عقد مجلس الحكومة اجتماعه الأسبوعي يوم الخميس 27 دجنبر 2018 بالرباط",
        "اجتمع وزير الخارجية الأميركي مع نظيره الأردني في عمان أمس",
        "جرت محادثات بين المغرب والجزائر في فرنسا بحضور الأمين العام للأمم المتحدة",
    ],
)
def test_to_dict_matches_schema(text: str) -> None:
    data = ae.extract(text, "2019-02-14").to_dict()
    jsonschema.validate(data, SCHEMA)
    json.dumps(data)  # JSON-ready


def test_event_dates_are_document_dates() -> None:
    doc = ae.extract(ARTICLE, "2019-02-14")
    linked = [e for e in doc.events if e.date is not None]
    assert linked
    for e in linked:
        assert any(e.date is d for d in doc.dates)
    data = doc.to_dict()
    for e, row in zip(doc.events, data["events"], strict=True):
        if e.date is not None:
            assert data["dates"][row["date_index"]] == e.date.to_dict()


def test_html_escapes_and_highlights() -> None:
    doc = ae.extract('<script>alert("x")</script> انعقد الاجتماع أمس بالرباط', "2019-01-01")
    page = doc._repr_html_()
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    assert 'dir="rtl"' in page
    assert page.count("<mark") == 2  # the trigger and the date
    assert "<td>meeting</td>" in page


def test_schema_requires_the_actor_fields_and_codes() -> None:
    data = ae.extract("جرت محادثات بين المغرب والجزائر في فرنسا", "2019-02-14").to_dict()
    occurrence = data["occurrences"][0]
    assert (occurrence["plover"], occurrence["cameo"]) == (
        {"event": "CONSULT", "mode": "third-party"},
        "046",
    )
    assert [p["country"] for p in occurrence["participants"]] == ["MA", "DZ"]
    del data["occurrences"][0]["participants"][0]["country"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)
