"""People told "along with" others ("Lee Quint was killed, along with three deputies": four), and one told
by their place after a count ("two men ... a third man": three)."""

from __future__ import annotations

import pytest

from support.tolls import busiest_event_toll


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lee Quint was killed in the ambush on Route 9, along with three deputies.", (4, 0)),
        ("Both brothers were shot outside the store, along with a cousin.", (0, 3)),
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
            "Medics treated two men for gunshot wounds. A third man was wounded as well and drove to a "
            "clinic.",
            (0, 3),
        ),
        ("Two people were wounded in the shooting. A third person was wounded later in the night.", (0, 3)),
        # a second person after one of another toll is that one person
        ("One woman died at the scene of the shooting and a second woman was seriously wounded.", (1, 1)),
    ],
)
def test_casualties_reads_one_told_by_their_place_after_a_count(
    extractor, text: str, expected: tuple[int, int]
) -> None:
    assert busiest_event_toll(extractor, text) == expected
