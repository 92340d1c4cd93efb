"""The role model names a victim told in a later sentence than the attack, as a possible participant."""

from __future__ import annotations

from eventwire import extract


def test_participants_document_victim_told_after_the_attack_is_possible():
    text = (
        "gunmen killed three people in the town of la cruz yesterday. police identified the victims as "
        "farmer pedro gomez, his wife ana and their son."
    )
    extraction = extract(text)
    people = [p for e in extraction.events for p in e.participants]
    victims = [(p.text, p.confidence) for p in people if p.role == "victim"]
    assert ("three people", "reported") in victims
    assert ("farmer pedro gomez", "possible") in victims
    found = next(p for e in extraction.events for p in e.participants if p.text == "farmer pedro gomez")
    assert found.evidence is not None
    assert text[found.evidence.start : found.evidence.end] == "farmer pedro gomez"


def test_participants_document_scope_adds_no_bystander_without_an_attack():
    text = "the mayor of la cruz opened a new school yesterday. farmer pedro gomez attended with his son."
    assert all(not e.participants for e in extract(text).events)
