"""A gallery's counter between sentences ("Photo 4 of 12") counts no one; "2 of 3 victims" still counts."""

from __future__ import annotations

from eventwire import extract


def _counts(text: str) -> list[tuple[str, int | None]]:
    return sorted((c.category, c.best) for e in extract(text).events for c in e.casualties)


def test_casualties_a_photo_counter_glued_to_the_story_is_no_toll() -> None:
    counts = _counts("Photo 4 of 12 A man was shot and killed on Elm Street on Friday.")
    # before: four killed, read from the counter
    assert ("killed", 4) not in counts and ("killed", 12) not in counts


def test_casualties_a_counter_after_the_story_leaves_its_toll_alone() -> None:
    text = (
        "Two men were wounded in a shooting on Friday. View photos 3 of 9 Police are looking for the gunman."
    )
    assert _counts(text) == [("injured", 2)]


def test_casualties_a_part_of_counted_people_is_still_read() -> None:
    assert ("killed", 2) in _counts(
        "Two of the three victims died at the scene after the shooting on Friday."
    )
