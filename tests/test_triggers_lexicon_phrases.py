"""Trigger phrases: "held hostage" and "holding ... hostage" state an abduction, "machinegunned" an attack."""

from __future__ import annotations

import eventwire
from eventwire.ingest.article import Article


def _events(text: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    (extraction,) = eventwire.extract_articles([Article(text=text, origin="test")])  # type: ignore[attr-defined]
    return [
        (e.sub_event_type, e.trigger.text, [(p.role, p.text) for p in e.participants])
        for e in extraction.events
    ]


def test_triggers_held_hostage_is_an_abduction_with_its_victims_and_takers() -> None:
    (event,) = _events("Three nurses were held hostage by gunmen for two days.")
    assert event[:2] == ("Abduction/forced disappearance", "held hostage")
    assert ("victim", "Three nurses") in event[2]
    assert ("perpetrator", "gunmen") in event[2]


def test_triggers_holding_hostage_is_an_abduction() -> None:
    events = _events("Gunmen are holding hostage three nurses in the clinic.")
    assert [e[:2] for e in events] == [("Abduction/forced disappearance", "holding hostage")]


def test_triggers_machinegunned_is_an_attack() -> None:
    events = _events("gunmen machinegunned the house of the judge on friday.")
    assert [e[:2] for e in events] == [("Attack", "machinegunned")]
    assert ("perpetrator", "gunmen") in events[0][2]
