"""A vehicle crash told as one phrase ("car crash") stays an accident: the vehicle word that makes a bomb a
car bomb does not make a crash one."""

from __future__ import annotations

import pytest

from eventwire.extract.triggers import find_triggers


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Two students died in a car crash on the county road.", [("Accident", "car crash", None)]),
        ("A plane crash killed the pilot near the airfield.", [("Accident", "plane crash", None)]),
        (
            "A car bomb killed a guard near the airfield.",
            [("Remote explosive/landmine/IED", "car bomb", "explosives")],
        ),
    ],
)
def test_triggers_keep_a_vehicle_crash_an_accident(extractor, sentence, expected):
    triggers = find_triggers(extractor.nlp(sentence))
    assert [(t.sub_event_type, sentence[t.start : t.end], t.weapon) for t in triggers] == expected
