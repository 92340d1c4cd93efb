"""One person told twice is one: hurt and then dead by the same description ("wounded a 15-year-old"
... "killed a 15-year-old"), or named in full and then by the given name alone; and what may
happen ("any time a child in this town gets hurt") is no casualty."""

from __future__ import annotations

import pytest

from support.tolls import busiest_event_toll


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The gunfire seriously wounded a 15-year-old outside the rink. By Sunday the gunfire had "
            "killed a 15-year-old, the coroner said.",
            (1, 0),
        ),
        (
            "Relatives gathered on Sunday to remember Tavon Greer. Greer died at the hospital after the "
            "shooting. Friends said Tavon was shot in the chest while closing the diner.",
            (1, 0),
        ),
    ],
)
def test_casualties_counts_one_person_told_twice_once(
    extractor, text: str, expected: tuple[int, int]
) -> None:
    assert busiest_event_toll(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'A worker was shot and killed at the diner on Friday. "Any time a child in this town gets '
            'hurt, we all grieve," the mayor said.',
            (1, 0),
        ),
        ("A man was wounded in the shooting. If anyone had been killed, the charges would be worse.", (0, 1)),
    ],
)
def test_casualties_what_may_happen_is_no_casualty(extractor, text: str, expected: tuple[int, int]) -> None:
    assert busiest_event_toll(extractor, text) == expected
