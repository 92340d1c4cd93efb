"""The dead told as a part of people told hurt before ("four teenagers were hit by gunfire ... two of
them later died") are among them: two dead and two hurt, not two dead and four hurt."""

from __future__ import annotations

import pytest

from support.tolls import shooting_toll


@pytest.mark.parametrize(
    "text, toll",
    [
        (
            "Officers found three men with gunshot wounds behind a Brookdale diner on Friday night. "
            "Two of those men later died at the hospital, police said.",
            (2, 1),
        ),
        (
            "Three teenagers were found with gunshot wounds near a Brookdale school on Friday. "
            "Two of them died at the hospital.",
            (2, 1),
        ),
        (
            "Six people were wounded when gunfire broke out near a Brookdale park on Sunday. "
            "One of them later died.",
            (1, 5),
        ),
        # "them" may be the dead told beside the hurt: nothing is taken from the hurt
        (
            "Two men were killed and three people were wounded in Brookdale on Sunday. "
            "One of them died at the scene.",
            (2, 3),
        ),
    ],
)
def test_casualties_dead_told_among_the_hurt(extractor, text, toll):
    assert shooting_toll(extractor, text) == toll
