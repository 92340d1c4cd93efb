"""Sabotage is told with the verb too, and destroying power or transport works is an act of sabotage."""

from __future__ import annotations

import pytest

from eventwire import extract


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        (
            "urban commandos sabotaged the power pylons near the dam on friday.",
            "urban commandos",
            "power pylons",
        ),
        ("the rebels destroyed two transformers in the northern district.", "rebels", "two transformers"),
    ],
)
def test_triggers_read_sabotage_of_works_as_property_destruction(text, doer, target):
    (event,) = extract(text).events
    assert event.sub_event_type == "Looting/property destruction"
    assert {(p.role, p.text) for p in event.participants} == {("perpetrator", doer), ("target", target)}


def test_triggers_read_no_event_in_destroying_anything_else():
    assert extract("the storm destroyed the harvest in the valley.").events == ()
