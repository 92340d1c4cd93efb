"""A street named like a town ("the 400 block of Elm", "near 12th and Dover", "Dover Parkway") is no town."""

from __future__ import annotations

import pytest

from eventwire.extract.places import resolve_toponyms


def _resolved(text: str, name: str) -> tuple[str | None, bool]:
    start = text.index(name)
    toponym = resolve_toponyms(text, [(start, start + len(name))])[0]
    return (toponym.place.name if toponym.place else None), toponym.inferred


@pytest.mark.parametrize(
    "text",
    [
        "Officers were called to a home in the 400 block of Dover at about 9 p.m.",
        "The man was found dead near 12th and Dover with two other victims.",
        "The shots were fired near Dover and 12th streets early Sunday.",
        "The hall stands near the corner of Dover Parkway and Elm Avenue.",
    ],
)
def test_places_street_named_like_a_town_is_no_place(text: str) -> None:
    assert _resolved(text, "Dover") == (None, False)


def test_places_town_before_a_longer_name_with_a_street_word_stays_a_town() -> None:
    text = "The Dover Trail Blazers won at home, and the fans in Dover cheered."
    assert _resolved(text, "Dover")[0] == "Dover"


def test_places_town_named_beside_a_street_stays_a_town() -> None:
    text = "A man was shot on Elm Street in Dover on Friday."
    assert _resolved(text, "Dover")[0] == "Dover"
