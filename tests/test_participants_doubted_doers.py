"""The role model may drop the unnamed doer of an attack verb when it is very sure (troops in a combat
report), never the attackers of a terrorist attack nor the doer of a support verb."""

from __future__ import annotations

import pytest

from eventwire import extract


def _perpetrators(text: str) -> list[str]:
    return [p.text for e in extract(text).events for p in e.participants if p.role == "perpetrator"]


def test_participants_doubted_doer_troops_of_a_combat_report_are_dropped():
    text = (
        "4th infantry brigade troops attacked a guerrilla camp in the north yesterday, the armed forces "
        "press office reported."
    )
    assert _perpetrators(text) == []


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("gunmen attacked a bus on the highway to the capital yesterday.", "gunmen"),
        ("urban guerrillas attacked the police station with rifles last night.", "urban guerrillas"),
        ("The militia decided to carry out the attacks in July.", "militia"),
    ],
)
def test_participants_doubted_doer_keeps_attackers(text, doer):
    assert doer in _perpetrators(text)
