"""A rifle's name that is also a group's acronym ("FAL") is a weapon only beside "rifle"."""

from __future__ import annotations

import pytest

from eventwire import extract


def _weapons(text: str) -> list[str]:
    return [w.text for e in extract(text).events for w in e.weapons]


@pytest.mark.parametrize(
    "text",
    [
        "The Armed Forces of Liberation (FAL) bombed the power station on Monday.",
        "the armed forces of liberation (fal) bombed the power station on monday.",
    ],
)
def test_participants_read_no_weapon_in_a_group_acronym(text):
    assert _weapons(text) == []


def test_participants_still_read_the_rifle_named_by_the_acronym():
    assert _weapons("Gunmen attacked the bus with FAL rifles on Monday.") == ["FAL rifles"]
