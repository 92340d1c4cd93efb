"""Weapons are no perpetrators or victims; a victim described then named is filled by the name."""

from __future__ import annotations

from eventwire import extract


def _participants(text: str) -> list[tuple[str, str]]:
    return [(p.role, p.text) for e in extract(text).events for p in e.participants]


def test_a_bomb_that_exploded_is_a_weapon_not_a_perpetrator():
    extraction = extract("A homemade bomb exploded at the bank, police said.")
    assert not any(p.role == "perpetrator" for e in extraction.events for p in e.participants)
    assert any(w.text == "homemade bomb" for e in extraction.events for w in e.weapons)


def test_a_victim_described_then_named_is_filled_by_the_name():
    text = "The daughter of the visiting ambassador, Leyla Marwani, was killed in the attack."
    assert ("victim", "Leyla Marwani") in _participants(text)
