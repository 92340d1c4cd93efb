"""People listed beside a count without a number of their own add to it: "her and three others", a
pair ("parents, 2 children"), and a killer listed last ("five of his neighbors, his brother and
himself")."""

from __future__ import annotations

import pytest

from support.tolls import busiest_event_toll


@pytest.mark.parametrize(
    "text, killed",
    [
        ("The gunman killed her and three other people in the shooting on Monday.", 4),
        ("Parents, 2 children dead in murder-suicide", 4),
        ("The couple and their three children were found dead after the shooting on Sunday.", 5),
        (
            "Police say the man killed five of his neighbors, his brother and himself on Thursday.",
            7,
        ),
        (
            "The man killed five of his cousins, his adult son and himself at a house on Tuesday.",
            7,
        ),
        # the killer told once is counted once
        ("The student killed four classmates and himself in the shooting at the school.", 5),
        ("A husband, wife and their two children were found shot to death in the home.", 4),
    ],
)
def test_casualties_adds_the_people_listed_with_a_count(extractor, text, killed):
    assert busiest_event_toll(extractor, text)[0] == killed
