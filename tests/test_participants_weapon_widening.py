"""A weapon widens over a hyphenated modifier ("car-bomb"), not a date ("the january dynamite attack")."""

from __future__ import annotations

import pytest

from eventwire import extract


def _weapons(text: str) -> list[str]:
    return [w.text for e in extract(text).events for w in e.weapons]


@pytest.mark.parametrize(
    "text",
    [
        "a car-bomb exploded outside the ministry of justice yesterday.",
        "Rebels detonated a car-bomb near the police headquarters.",
    ],
)
def test_participants_keep_a_hyphenated_weapon_whole(text):
    assert _weapons(text) == ["car-bomb"]


def test_participants_do_not_widen_a_weapon_over_a_date():
    assert _weapons("the january dynamite attack on the bridge killed two guards.") == ["dynamite"]
