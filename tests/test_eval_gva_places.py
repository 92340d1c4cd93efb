"""GVA's city and state rows: how an event's place is matched to the incident's."""

from __future__ import annotations

import pytest

from eventwire.eval.gva import city_matches, state_matches


@pytest.mark.parametrize(
    ("name", "gold", "matches"),
    [
        ("Millbrook", "Millbrook", True),
        ("Ashford County", "Ashford County", True),
        ("Ashford County", "Ashford", True),
        ("Ashford", "Ashford (county)", True),
        ("Millbrook", "Millbrook (Oak Hollow)", True),
        ("Oak Hollow", "Millbrook (Oak Hollow)", True),
        ("Hollow", "Millbrook (Oak Hollow)", False),
        ("St. Clair Shores", "Saint Clair Shores", True),
        ("Saint Paul", "St Paul", True),
        ("Stanton", "Saint Anton", False),
        ("Millbrook", "Ashford", False),
        ("", "Ashford", False),
    ],
)
def test_eval_gva_city_is_the_town_or_the_locality_gva_writes_beside_it(name, gold, matches):
    assert city_matches(name, gold) is matches


@pytest.mark.parametrize(
    ("admin1", "name", "gold", "matches"),
    [
        ("Ohio", "Athens", "Ohio", True),
        ("OH", "Athens", "Ohio", True),
        ("Washington, D.C.", "Washington", "District of Columbia", True),
        ("Georgia", "Athens", "Ohio", False),
        (None, "Texas", "Texas", True),
        (None, "Austin", "Texas", False),
    ],
)
def test_eval_gva_state_is_the_state_the_place_lies_in_by_either_name(admin1, name, gold, matches):
    assert state_matches(admin1, name, gold) is matches
