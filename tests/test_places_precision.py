"""Toponyms resolve with an honest precision: regions as regions, counties as counties, fallbacks as such."""

from __future__ import annotations

import re

import pytest

from eventwire.extract.gazetteer import Gazetteer
from eventwire.extract.places import place_for_name, resolve_toponyms


def _resolved(text: str, name: str):  # type: ignore[no-untyped-def]
    match = re.search(re.escape(name), text)
    assert match is not None
    return resolve_toponyms(text, [(match.start(), match.end())])[0]


@pytest.mark.parametrize(
    ("name", "feature"),
    [
        ("Middle East", "region"),
        ("Africa", "continent"),
        ("Asia", "continent"),
        ("Europe", "continent"),
    ],
)
def test_places_wide_region_wins_over_a_namesake_town(name: str, feature: str) -> None:
    place = place_for_name(name)
    assert place is not None and place.feature == feature and place.precision == "region"


def test_places_alternate_name_loses_to_a_town_that_bears_the_name() -> None:
    place = place_for_name("Venice")
    assert place is not None and place.name == "Venice"


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("Walker County", "US", "Georgia"),
        ("Morris County", "US", "New Jersey"),
    ],
)
def test_gazetteer_knows_counties(name: str, country: str, admin1: str) -> None:
    found = [e for e in Gazetteer.load().candidates(name) if e.feature == "admin2"]
    assert any(e.country_code == country and e.admin1 == admin1 for e in found)
    assert all(e.precision == "admin2" for e in found)


def test_places_county_follows_its_state_in_brackets() -> None:
    text = "The Walker County (Ga.) Sheriff's Office said."
    mentions = [(text.index(n), text.index(n) + len(n)) for n in ("Walker County", "Ga.")]
    place = resolve_toponyms(text, mentions)[0].place
    assert place is not None and place.admin1 == "Georgia" and place.precision == "admin2"


def test_places_unknown_name_inside_a_known_town_takes_the_town() -> None:
    text = "A briefing at the Palais des Noms Inconnus in Geneva, Switzerland, on Tuesday."
    names = ["Palais des Noms Inconnus", "Geneva", "Switzerland"]
    mentions = [(text.index(n), text.index(n) + len(n)) for n in names]
    first = resolve_toponyms(text, mentions)[0]
    assert first.inferred and first.place is not None and first.place.name == "Geneva"


def test_places_unknown_name_falls_back_to_the_focus_country_as_a_country() -> None:
    text = (
        "KABUL, Afghanistan (AP) - Fighting near Qwertyabad in Afghanistan spread to Kandahar and Herat, "
        "Afghan officials said."
    )
    toponym = _resolved(text, "Qwertyabad")
    assert toponym.inferred and toponym.place is not None
    assert toponym.place.country_code == "AF" and toponym.place.precision == "country"


def test_places_no_fallback_without_a_clear_focus() -> None:
    toponym = _resolved("Qwertyabad.", "Qwertyabad")
    assert toponym.place is None and not toponym.inferred
