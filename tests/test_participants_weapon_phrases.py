"""A weapon named with its calibre or make is one weapon, not one per weapon word."""

from __future__ import annotations

import pytest

from eventwire import extract


@pytest.mark.parametrize(
    ("text", "weapons"),
    [
        ("Gunmen opened fire with a .38 caliber revolver on the mayor on Friday.", [".38 caliber revolver"]),
        ("A man was shot with a 9mm handgun and a .22-caliber rifle.", ["9mm handgun", ".22-caliber rifle"]),
        ("He fired a 12-gauge shotgun and two rifles at a car on Friday.", ["12-gauge shotgun", "rifles"]),
        ("Rebels attacked the post with AK-47 rifles and grenades.", ["AK-47 rifles", "grenades"]),
    ],
)
def test_participants_weapon_words_that_qualify_a_weapon_noun_name_it_with_the_noun(text, weapons):
    (event,) = extract(text).events
    assert [w.text for w in event.weapons] == weapons
    assert all(w.type == "firearms" or w.text == "grenades" for w in event.weapons)
