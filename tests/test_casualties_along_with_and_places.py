"""People told "along with" others ("Dale Hart was killed, along with two other men": three), and one told
by their place after a count ("three victims ... a fourth victim": four)."""

from __future__ import annotations

import pytest

from support.tolls import busiest_event_toll


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dale Hart was killed in the shooting at the bar, along with two other men.", (3, 0)),
        ("The two were shot, along with another woman, outside the club just after midnight.", (0, 3)),
        ("A teen was wounded in the shooting along with his brother.", (0, 2)),
    ],
)
def test_casualties_counts_people_told_along_with_others(
    extractor, text: str, expected: tuple[int, int]
) -> None:
    assert busiest_event_toll(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers found three victims who had been struck by gunfire. A fourth victim who was struck by "
            "gunfire was found later at a hospital.",
            (0, 4),
        ),
        ("Two people were wounded in the shooting. A third person was wounded later in the night.", (0, 3)),
        # a second person after one of another toll is that one person
        ("A man was shot and killed; a second man was critically injured in the shooting.", (1, 1)),
    ],
)
def test_casualties_reads_one_told_by_their_place_after_a_count(
    extractor, text: str, expected: tuple[int, int]
) -> None:
    assert busiest_event_toll(extractor, text) == expected
