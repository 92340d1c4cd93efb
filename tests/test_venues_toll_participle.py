"""A casualty participle after a mention's clause says where that mention happened, wherever the parser
hung it ("... a bomb that exploded on Monday, wounding six people on a street")."""

from __future__ import annotations

from eventwire import extract


def _venues(text: str) -> list[tuple[str, str]]:
    return [(v.mention.text, v.place.text) for e in extract(text).events for v in e.venues]


def test_venues_a_wounding_hung_on_another_verb_places_the_explosion() -> None:
    text = (
        "Police are searching for a man who left a parcel containing a bomb that exploded on Monday, "
        "wounding six people on a crowded shopping street in the town of Marlow."
    )
    # before: no venue ("wounding" hangs on "searching", not on "exploded")
    assert _venues(text) == [("exploded", "a crowded shopping street")]


def test_venues_a_participle_of_the_mention_itself_still_places_it_once() -> None:
    assert _venues("A bomb exploded on Monday, wounding six people on a shopping street.") == [
        ("exploded", "a shopping street")
    ]
