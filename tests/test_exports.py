"""Exports: Document.to_plover() and Document.to_timeml(), and the command line's formats."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import arabic_events as ae
from arabic_events.cli import main
from arabic_events.exports import timex_value

TEXT = (
    "زار وزير الخارجية المغربي تونس يوم 6 مارس 2019، والتقى الرئيس التونسي. "
    "وسيعقد الجانبان اجتماعا في مايو 2019 & <ب>"
)


def test_plover_records() -> None:
    doc = ae.extract(TEXT, "2019-03-10")
    records = doc.to_plover()
    assert len(records) == len(doc.occurrences)
    visit = records[0]
    assert (visit["event_type"], visit["mode"], visit["cameo"]) == ("CONSULT", "visit", "042")
    assert visit["date"] == "2019-03-06"
    assert visit["place"] == {"text": "تونس", "country": "TN"}
    [source] = visit["source"]
    assert (source["country"], source["role"], source["portfolio"]) == (
        "MA",
        "minister",
        "foreign affairs",
    )
    evidence = visit["evidence"]
    for start, end in [*evidence["trigger"], evidence["date"], evidence["place"]]:
        assert TEXT[start:end] in ("زار", "6 مارس 2019", "تونس")
    for (start, end), p in zip(
        evidence["participants"], visit["source"] + visit["target"], strict=True
    ):
        assert TEXT[start:end] == p["text"]
    planned = next(r for r in records if r["status"] == "planned")
    assert (planned["event_type"], planned["cameo"], planned["date"]) == ("AGREE", "036", "2019-05")
    json.dumps(records, ensure_ascii=False)


def _check_timeml(doc: ae.Document) -> ET.Element:
    root = ET.fromstring(doc.to_timeml())
    body = root.find("TEXT")
    assert body is not None
    # the text between the tags is the original text
    assert "".join(body.itertext()) == doc.text.translate(_XML_SAFE)
    # every tag's text is the original substring at its offsets
    cursor = len(body.text or "")
    for el in body:
        n = len(el.text or "")
        assert doc.text[cursor : cursor + n].translate(_XML_SAFE) == el.text
        cursor += n + len(el.tail or "")
    return root


_XML_SAFE = {c: "\ufffd" for c in [*range(0, 9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF]}


def test_timeml_parses_and_keeps_the_text() -> None:
    doc = ae.extract(TEXT, "2019-03-10")
    root = _check_timeml(doc)
    body = root.find("TEXT")
    assert body is not None
    timexes = [(el.text, el.get("type"), el.get("value")) for el in body.iter("TIMEX3")]
    assert timexes == [("6 مارس 2019", "DATE", "2019-03-06"), ("مايو 2019", "DATE", "2019-05")]
    events = [(el.text, el.get("class")) for el in body.iter("EVENT")]
    assert [e.trigger for e in doc.events] == [t for t, _ in events]
    dct = root.find("DCT/TIMEX3")
    assert dct is not None and dct.get("value") == "2019-03-10"
    instances = {el.get("eventID"): el for el in root.iter("MAKEINSTANCE")}
    assert len(instances) == len(doc.events)
    assert instances["e3"].get("tense") == "FUTURE"
    links = [(el.get("eventInstanceID"), el.get("relatedToTime")) for el in root.iter("TLINK")]
    assert ("ei1", "t1") in links and ("ei3", "t2") in links
    assert "&amp; &lt;ب&gt;" in doc.to_timeml()


@pytest.mark.parametrize(
    ("start", "end", "grain", "calendar", "want"),
    [
        ((2019, 3, 6), (2019, 3, 6), ae.Grain.DAY, ae.Calendar.GREGORIAN, ("DATE", "2019-03-06")),
        ((2019, 3, 1), (2019, 3, 31), ae.Grain.MONTH, ae.Calendar.GREGORIAN, ("DATE", "2019-03")),
        ((2019, 1, 1), (2019, 12, 31), ae.Grain.YEAR, ae.Calendar.GREGORIAN, ("DATE", "2019")),
        ((2019, 3, 4), (2019, 3, 10), ae.Grain.WEEK, ae.Calendar.GREGORIAN, ("DATE", "2019-W10")),
        ((2019, 3, 4), (2019, 3, 6), ae.Grain.RANGE, ae.Calendar.GREGORIAN, ("DURATION", "P3D")),
        ((2019, 5, 6), (2019, 6, 4), ae.Grain.MONTH, ae.Calendar.HIJRI, ("DURATION", "P30D")),
    ],
)
def test_timex_values(
    start: tuple[int, int, int],
    end: tuple[int, int, int],
    grain: ae.Grain,
    calendar: ae.Calendar,
    want: tuple[str, str],
) -> None:
    assert timex_value(ae.DateValue(dt.date(*start), dt.date(*end), grain, calendar)) == want


@settings(
    max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.text())
def test_timeml_is_well_formed_for_any_text(text: str) -> None:
    doc = ae.extract(text, "2019-03-10")
    _check_timeml(doc)
    json.dumps(doc.to_plover())


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_plover_and_timeml_for_a_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    code, out, _ = run(
        capsys, "extract", str(f), "--reference", "2019-03-10", "--format", "plover", "--quiet"
    )
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    doc = ae.extract(TEXT, "2019-03-10")
    assert lines == [{"file": str(f), **r} for r in doc.to_plover()]
    code, out, _ = run(
        capsys, "extract", str(f), "--reference", "2019-03-10", "--format", "timeml", "--quiet"
    )
    assert code == 0 and out == doc.to_timeml()


def test_cli_plover_for_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.jsonl"
    rows = [
        {"id": 1, "text": "زار الرئيس الفرنسي الجزائر أمس", "date": "2019-03-10"},
        {"id": 2, "text": "لا شيء هنا", "date": "2019-03-10"},
        {"id": 3},
    ]
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    code, out, err = run(capsys, "extract", str(f), "--format", "plover", "--quiet")
    assert code == 1 and "a.jsonl:3: no field 'text'" in err
    [line] = [json.loads(x) for x in out.splitlines()]
    assert line["record"] == {"id": 1, "date": "2019-03-10"}
    assert (line["event_type"], line["mode"], line["cameo"]) == ("CONSULT", "visit", "042")
    assert line["source"][0]["country"] == "FR"
    code, out, _ = run(capsys, "extract", str(f), "--format", "timeml", "--quiet")
    lines = [json.loads(x) for x in out.splitlines()]
    assert [x["record"]["id"] for x in lines] == [1, 2]
    assert ET.fromstring(lines[0]["timeml"]).find("TEXT") is not None


def test_cli_timeml_of_a_text_read_in_pieces(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paragraph = "انعقد الاجتماع يوم 12 يوليوز 2018 بالرباط بحضور وزير الخارجية المغربي.\n\n"
    text = paragraph * 1200  # longer than one piece
    f = tmp_path / "big.txt"
    f.write_text(text, encoding="utf-8")
    code, out, _ = run(
        capsys, "extract", str(f), "--reference", "2019-01-01", "--format", "timeml", "--quiet"
    )
    assert code == 0
    body = ET.fromstring(out).find("TEXT")
    assert body is not None and "".join(body.itertext()) == text
    assert len(list(body.iter("EVENT"))) == 1200
    code, out, _ = run(
        capsys, "extract", str(f), "--reference", "2019-01-01", "--format", "plover", "--quiet"
    )
    records = [json.loads(x) for x in out.splitlines()]
    # one occurrence per piece (its mentions share a date); ids run through the file
    assert [r["id"] for r in records] == [f"e{k}" for k in range(1, len(records) + 1)]
    assert len(records) > 1
    assert all(text[s:e] == "الاجتماع" for r in records for s, e in r["evidence"]["trigger"])


def test_timeml_keeps_carriage_returns() -> None:
    doc = ae.extract("اجتمع المجلس أمس\r\nوزار الوزير تونس\r", "2019-03-07")
    _check_timeml(doc)
    assert "&#13;" in doc.to_timeml()
