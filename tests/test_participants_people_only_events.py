"""What a kidnapping or an assassination befalls is a person; a vehicle hit is a target whoever owns it."""

from __future__ import annotations

from eventwire import extract


def _participants(text: str) -> set[tuple[str, str]]:
    return {(p.role, p.text) for e in extract(text).events for p in e.participants}


def test_participants_read_an_untagged_name_kidnapped_as_a_victim():
    # lower-case text: the tagger names no one, and the rules would file an unknown noun as a target
    found = _participants(
        "unidentified gunmen kidnapped ernesto villalobos in the town of san lucas on tuesday."
    )
    assert ("victim", "ernesto villalobos") in found
    assert not any(role == "target" for role, _ in found)


def test_participants_read_an_owned_vehicle_as_a_target_not_its_owner():
    found = _participants(
        "Rebels attacked and burned two trucks of the International Red Cross near the bridge."
    )
    assert ("target", "two trucks of the International Red Cross") in found
    assert not any(role == "victim" for role, _ in found)
