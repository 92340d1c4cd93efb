"""What a vehicle that went off was loaded with is a weapon too ("a truck rigged with dynamite")."""

from __future__ import annotations

import pytest

from eventwire import extract


@pytest.mark.parametrize(
    ("text", "weapons"),
    [
        (
            "a truck rigged with dynamite exploded outside the police station on monday.",
            {"dynamite", "truck"},
        ),
        ("a car loaded with explosives blew up near the market.", {"explosives", "car"}),
    ],
)
def test_participants_read_the_load_of_a_device_as_a_weapon(text, weapons):
    assert {w.text for e in extract(text).events for w in e.weapons} == weapons
