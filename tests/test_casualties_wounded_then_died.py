"""One told hurt whose own verb goes on to tell their death is dead, not hurt: "was critically wounded in
the shooting and later died"."""

from __future__ import annotations

from eventwire import extract


def _tolls(text: str) -> list[tuple[str, int | None]]:
    return sorted((c.category, c.best) for e in extract(text).events for c in e.casualties)


def test_casualties_a_wounded_victim_who_later_died_is_killed() -> None:
    text = (
        "A man was shot on Alder Street on Tuesday. "
        "The victim was critically wounded in the shooting and later died at a hospital."
    )
    assert _tolls(text) == [("killed", 1)]


def test_casualties_wounded_then_died_days_later_is_killed() -> None:
    assert _tolls("He was wounded in the shooting and died two days later.") == [("killed", 1)]


def test_casualties_a_wounded_officer_who_killed_the_gunman_stays_hurt() -> None:
    assert _tolls("The officer was wounded and killed the gunman.") == [("injured", 1), ("killed", 1)]


def test_casualties_another_killed_is_someone_else() -> None:
    assert _tolls("A guard was wounded and another was killed.") == [("injured", 1), ("killed", 1)]
