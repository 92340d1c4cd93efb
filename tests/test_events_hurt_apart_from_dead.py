"""An unnamed person told hurt is the one killed ("the victim was wounded ... died") unless told apart
from the dead: as another person, or hurt in the sentence that tells someone else killed."""

from __future__ import annotations

import pytest

from support.tolls import busiest_event_toll


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        # one killed and another hurt in one sentence are two people
        (
            "Police said a 13-year-old boy shot his 7-year-old sister to death, wounded his older sister "
            "in the arm and then killed himself on Sunday.",
            2,
            1,
        ),
        ("The gunman killed a woman and wounded her son in the shooting on Oak Avenue, police said.", 1, 1),
        # "another" sets the hurt apart from the dead named before
        (
            "Two people were killed in a shooting at a house on Maple Street on Tuesday. Deputies named "
            "them as Carla Voss and Dylan Marsh. Another woman in the house was wounded.",
            2,
            1,
        ),
        # a killer dead by their own hand is not the one they hurt
        (
            "A man wounded his girlfriend in the shoulder and killed himself at their apartment on Friday, "
            "police said.",
            1,
            1,
        ),
        # still one person: the hurt told again as the dead, or by a pronoun
        (
            "A man was killed in a shooting at a gas station on Monday. "
            "The victim was wounded in the neck and died at the scene.",
            1,
            0,
        ),
        ("A teen was killed in a shooting on Friday. The teen had been wounded in the chest.", 1, 0),
        ("He was wounded in the shooting on Friday and he died in hospital.", 1, 0),
    ],
)
def test_events_counts_the_hurt_told_apart_from_the_dead(extractor, text, killed, injured):
    assert busiest_event_toll(extractor, text) == (killed, injured)
