"""Weapon words the lexicon reads: one-word machineguns and plural car bombs."""

from __future__ import annotations

import pytest

from eventwire import extract


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("Gunmen fired a machinegun at the bus on Monday, killing two passengers.", "machinegun"),
        ("Two car bombs exploded outside the ministry on Friday.", "car bombs"),
    ],
)
def test_participants_weapons_read_one_word_machineguns_and_plural_car_bombs(text, weapon):
    assert weapon in [w.text for e in extract(text).events for w in e.weapons]
