"""Corpus-level deduplication: the rules one by one, the synthetic corpus end to end
(real extraction, then deduplication, scored pair by pair), and the command line."""

from __future__ import annotations

import io
import json
import random
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dedupe_corpus import make_corpus, pairwise_scores

from arabic_events.cli import main
from arabic_events.dedupe import (
    BUCKET_DAYS,
    MAX_DAYS,
    Deduper,
    Item,
    WorldEvent,
    dedupe_occurrences,
    record_items,
)
from arabic_events.scaling import extract_partition


def occ(
    kind: str = "meeting",
    day: str | None = "2019-03-04",
    end: str | None = None,
    place: str | None = "الرباط",
    oid: str = "e1",
    **place_fields: Any,
) -> dict[str, Any]:
    date = None if day is None else {"value": {"start": day, "end": end or day}}
    where = None if place is None else {"text": place, **place_fields}
    return {"id": oid, "type": kind, "date": date, "place": where, "participants": []}


def rec(doc: str, *occurrences: dict[str, Any]) -> dict[str, Any]:
    return {"id": doc, "occurrences": list(occurrences)}


def groups(events: list[WorldEvent]) -> list[list[str]]:
    return sorted(sorted(d for d, _ in e.sources) for e in events)


# --- the rules ------------------------------------------------------------------------------


def test_same_family_near_date_same_place_merge() -> None:
    events = dedupe_occurrences(
        [
            rec("a", occ("summit", "2019-03-04", place="الرباط")),
            rec("b", occ("talks", "2019-03-05", place="بالرباط")),
            rec("c", occ("meeting", "2019-03-04", place="في العاصمة الرباط")),
        ]
    )
    assert groups(events) == [["a", "b", "c"]]
    assert events[0].type == "meeting" and events[0].documents == 3


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (occ("forum"), "another type family"),
        (occ(day="2019-03-07"), "three days later"),
        (occ(place="تونس"), "another place"),
        (occ(day=None), "no date"),
        (occ(place=None), "no place, no participants"),
        (occ(day="2019-03-01", end="2019-12-31"), "a date longer than MAX_DAYS"),
    ],
)
def test_near_misses_stay_apart(other: dict[str, Any], why: str) -> None:
    events = dedupe_occurrences([rec("a", occ()), rec("b", other)])
    assert groups(events) == [["a"], ["b"]], why


def test_window_widens_the_date_match() -> None:
    records = [rec("a", occ(day="2019-03-04")), rec("b", occ(day="2019-03-06"))]
    assert groups(dedupe_occurrences(records)) == [["a"], ["b"]]
    assert groups(dedupe_occurrences(records, window=2)) == [["a", "b"]]
    same = [rec("a", occ(day="2019-03-04")), rec("b", occ(day="2019-03-05"))]
    assert groups(dedupe_occurrences(same, window=0)) == [["a"], ["b"]]
    ranged = [rec("a", occ(day="2019-03-04", end="2019-03-06")), rec("b", occ(day="2019-03-06"))]
    assert groups(dedupe_occurrences(ranged, window=0)) == [["a", "b"]]


def test_daily_events_do_not_chain() -> None:
    records = [rec(f"d{k}", occ(day=f"2019-03-{k:02d}")) for k in range(1, 8)]
    for g in groups(dedupe_occurrences(records)):
        days = sorted(int(d[1:]) for d in g)
        assert days[-1] - days[0] <= 1, g


def test_one_document_is_never_merged_with_itself() -> None:
    events = dedupe_occurrences([rec("a", occ(oid="e1"), occ(oid="e2"))])
    assert [e.sources for e in events] == [(("a", "e1"),), (("a", "e2"),)]


@pytest.mark.parametrize("first", range(BUCKET_DAYS * 2))
def test_bucket_edges_do_not_split(first: int) -> None:
    import datetime as dt

    day = dt.date(2019, 1, 1) + dt.timedelta(days=first)
    nxt = day + dt.timedelta(days=1)
    records = [rec("a", occ(day=day.isoformat())), rec("b", occ(day=nxt.isoformat()))]
    assert groups(dedupe_occurrences(records)) == [["a", "b"]]


def test_geonames_id_and_countries_when_present() -> None:
    events = dedupe_occurrences(
        [
            rec("a", occ(place="الرباط", geonames_id=2538475, country="ma")),
            rec("b", occ(place="رباط الفتح", geonames_id=2538475, country="MA")),
            rec("c", occ(place="الرباط", geonames_id=999, country="MA")),
        ]
    )
    assert groups(events) == [["a", "b"], ["c"]]
    assert events[0].countries == ("MA",)


def test_participant_countries_link_and_separate() -> None:
    def with_people(doc: str, place: str | None, *countries: str) -> dict[str, Any]:
        o = occ(place=place)
        o["participants"] = [{"text": c, "country": c} for c in countries]
        return rec(doc, o)

    events = dedupe_occurrences(
        [
            with_people("a", None, "MA", "FR"),
            with_people("b", "الرباط", "FR", "MA"),
            with_people("c", "الرباط", "TN", "DZ"),  # same place, other countries
        ]
    )
    assert groups(events) == [["a", "b"], ["c"]]
    assert {e.countries for e in events} == {("FR", "MA"), ("DZ", "TN")}


def test_participant_texts_link_when_no_country() -> None:
    def with_people(doc: str, *names: str) -> dict[str, Any]:
        o = occ(place=None)
        o["participants"] = [{"text": n} for n in names]
        return rec(doc, o)

    records = [
        with_people("a", "الملك", "الرئيس الفرنسي"),
        with_people("b", "الرئيس الفرنسي", "الملك"),
    ]
    assert groups(dedupe_occurrences(records)) == [["a", "b"]]
    assert groups(dedupe_occurrences([with_people("a", "الملك"), with_people("b", "الملك")])) == [
        ["a"],
        ["b"],
    ]


def test_result_does_not_depend_on_input_order() -> None:
    articles, _ = make_corpus(seed=3, events=12)
    records = extract_partition(articles)
    expected = [e.to_dict() for e in dedupe_occurrences(records)]
    rng = random.Random(0)
    for _ in range(3):
        rng.shuffle(records)
        assert [e.to_dict() for e in dedupe_occurrences(records)] == expected


def test_world_event_fields_and_confidence() -> None:
    events = dedupe_occurrences(
        [rec("a", occ("summit")), rec("b", occ("summit")), rec("c", occ("talks", "2019-03-05"))]
    )
    (e,) = events
    assert (e.type, e.start.isoformat(), e.end.isoformat(), e.place) == (  # type: ignore[union-attr]
        "summit",
        "2019-03-04",
        "2019-03-04",
        "الرباط",
    )
    # sources 1 - 0.5**3; dates 1/2, types 2/3, places 3/3
    assert e.confidence == round(0.875 * (0.5 + 2 / 3 + 1) / 3, 3)
    d = e.to_dict()
    assert d["sources"] == [["a", "e1"], ["b", "e1"], ["c", "e1"]] and d["documents"] == 3
    json.dumps(d)
    assert all(0 <= x.confidence <= 1 for x in dedupe_occurrences([rec("z", occ(day=None))]))


def test_bad_input() -> None:
    with pytest.raises(ValueError, match="record 1: no field 'occurrences'"):
        dedupe_occurrences([rec("a"), {"id": "b"}])
    with pytest.raises(ValueError, match="date start is not an ISO date"):
        record_items(rec("a", occ(day="4 March")))
    with pytest.raises(ValueError, match="has no type"):
        record_items(rec("a", {"id": "e1"}))
    with pytest.raises(ValueError, match="not an object"):
        record_items(["a"])
    with pytest.raises(ValueError, match="window"):
        dedupe_occurrences([], window=-1)
    assert record_items({"occurrences": [occ()]}, 4)[0].doc_id == "#4"


def test_items_longer_than_max_days_are_kept_alone() -> None:
    item = Item("a", "e1", "meeting", 700000, 700000 + MAX_DAYS, "x", "pl:x")
    assert not item.mergeable()
    deduper = Deduper()
    deduper.add([item])
    assert [e.sources for e in deduper.events()] == [(("a", "e1"),)]


# --- the synthetic corpus: real extraction, then deduplication ------------------------------


@pytest.mark.parametrize("seed", [0, 1])
def test_synthetic_corpus_pairwise_precision_and_recall(seed: int) -> None:
    articles, truth = make_corpus(seed)
    records = extract_partition(articles)
    single = sum(len(r["occurrences"]) == 1 for r in records)
    assert single >= 0.95 * len(records)  # the corpus measures grouping, not extraction
    events = dedupe_occurrences(records)
    precision, recall = pairwise_scores([list(e.sources) for e in events], truth)
    assert precision >= 0.95 and recall >= 0.95, (precision, recall)
    # without the one-day window, the late reports fall out of their events
    strict = dedupe_occurrences(records, window=0)
    assert pairwise_scores([list(e.sources) for e in strict], truth)[1] < recall


# --- the command line ----------------------------------------------------------------------


def run(
    argv: list[str], capsys: pytest.CaptureFixture[str], stdin: str = ""
) -> tuple[int, str, str]:
    old = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
    try:
        code = main(argv)
    finally:
        sys.stdin = old
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_extract_then_dedupe(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    articles, truth = make_corpus(seed=5, events=9)
    corpus = tmp_path / "articles.jsonl"
    corpus.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), "utf-8")
    code, extracted, _ = run(["extract", str(corpus), "--quiet"], capsys)
    assert code == 0
    (tmp_path / "events.jsonl").write_text(extracted, encoding="utf-8")
    code, out, err = run(["dedupe", str(tmp_path / "events.jsonl"), "--format", "jsonl"], capsys)
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    records = [json.loads(line) for line in extracted.splitlines()]
    assert rows == [e.to_dict() for e in dedupe_occurrences(records)]
    assert err.startswith(f"{len(articles)} documents, ") and "0 failures" in err
    precision, recall = pairwise_scores([[tuple(s) for s in r["sources"]] for r in rows], truth)
    assert precision >= 0.95 and recall >= 0.95


def test_cli_formats_and_bad_records(capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        json.dumps(rec("a", occ())),
        "{oops",
        json.dumps({"id": "x", "error": "no field 'text'"}),
        json.dumps(rec("b", occ(day="2019-03-05"))),
        json.dumps(rec("c", occ(day="soon"))),
    ]
    stdin = "\n".join(lines) + "\n"
    code, out, err = run(["dedupe", "-", "--format", "csv"], capsys, stdin)
    assert code == 1
    assert out.splitlines()[0] == "id,type,start,end,place,countries,documents,confidence,sources"
    assert out.splitlines()[1].endswith(",2,0.625,a:e1;b:e1")
    assert err.splitlines()[:3] == [
        "<stdin>:2: not JSON (Expecting property name enclosed in double quotes)",
        "<stdin>:3: no field 'occurrences'",
        "<stdin>:5: occurrence e1: date start is not an ISO date: 'soon'",
    ]
    assert err.splitlines()[3].startswith("2 documents, 2 occurrences, 1 world event, 3 failures")
    code, out, err = run(["dedupe", "--quiet", "--window", "0"], capsys, stdin)
    assert code == 1 and len(out.splitlines()) == 3 and out.startswith("id ")
    assert "failures" not in err


def test_cli_ids_default_to_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "e.jsonl"
    path.write_text(json.dumps({"occurrences": [occ()]}) + "\n", encoding="utf-8")
    code, out, _ = run(["dedupe", str(path), "--format", "jsonl", "--quiet"], capsys)
    assert code == 0 and json.loads(out)["sources"] == [[f"{path}:1", "e1"]]


def test_cli_input_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(["dedupe", str(tmp_path / "missing.jsonl")], capsys)
    assert code == 2 and err == f"arabic-events: {tmp_path / 'missing.jsonl'}: no such file\n"
    with pytest.raises(SystemExit) as exc:
        main(["dedupe", "--window", "-1"])
    assert exc.value.code == 2


def test_cli_interrupted(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import arabic_events.cli as cli

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "record_items", interrupted)
    code, _, _ = run(["dedupe", "-"], capsys, json.dumps(rec("a", occ())) + "\n")
    assert code == 130


def test_a_venue_and_its_town_share_a_place_by_their_coordinates() -> None:
    town = {"text": "الرباط", "geonames_id": 2538475, "latitude": 34.0132, "longitude": -6.8326}
    venue = {
        "text": "مقر الوزارة بالرباط",
        "geonames_id": None,
        "latitude": 34.0132,
        "longitude": -6.8326,
    }
    records = [
        {"id": k, "occurrences": [{"id": "e1", "type": "meeting", "status": "held",
         "date": {"value": {"start": "2019-03-04", "end": "2019-03-04"}},
         "place": place, "participants": []}]}
        for k, place in enumerate((town, venue))
    ]  # fmt: skip
    assert len(dedupe_occurrences(records)) == 1
