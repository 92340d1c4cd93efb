"""Counties split into parts ("North Yorkshire", "Cheshire East") still answer to their old name."""

from __future__ import annotations

import pytest

from eventwire.extract.gazetteer import Gazetteer
from eventwire.extract.places import resolve_toponyms


@pytest.mark.parametrize("name", ["Yorkshire", "Cheshire", "Berkshire"])
def test_gazetteer_split_county_answers_to_its_old_name(name: str) -> None:
    found = [e for e in Gazetteer.load().candidates(name) if e.feature == "admin2" and e.country_code == "GB"]
    assert found
    assert all(name.lower() in e.name.lower() for e in found)


def test_gazetteer_split_county_wins_in_a_british_story() -> None:
    text = "The rally moves from Kent to Cheshire and then to Yorkshire, the British organisers said."
    mentions = [(text.index(w), text.index(w) + len(w)) for w in ("Kent", "Cheshire", "Yorkshire", "British")]
    places = [r.place for r in resolve_toponyms(text, mentions)]
    assert [(p.country_code, p.precision) for p in places if p is not None][:3] == [("GB", "admin2")] * 3


def test_gazetteer_compass_part_of_a_town_name_is_no_county_key() -> None:
    # "North Sydney" is a council area; "Sydney" stays the city.
    best = Gazetteer.load().candidates("Sydney")[0]
    assert (best.name, best.feature) == ("Sydney", "city")
