"""A killer who killed others "before shooting himself" is dead by their own hand, one more dead (GVA counts
the shooter of a murder-suicide among the killed); one who only shot others, or only himself, is not."""

from __future__ import annotations

import pytest

from support.tolls import shooting_toll


@pytest.mark.parametrize(
    "text, toll",
    [
        (
            "Police said a man killed his wife and son at their home in Dunmore on Friday "
            "before shooting himself.",
            (3, 0),
        ),
        (
            "A gunman killed one man and wounded three others at a bar in Dunmore before shooting himself, "
            "police said.",
            (2, 3),
        ),
        ("A boy accidentally shot himself at a home in Dunmore on Friday, police said.", (0, 1)),
    ],
)
def test_casualties_killer_shooting_himself_after_killing_is_dead(extractor, text, toll):
    assert shooting_toll(extractor, text) == toll
