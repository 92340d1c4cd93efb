"""One person told twice is one: hurt and then dead by the same description ("critically injured a
16-year-old" ... "killed a 16-year-old"), or named in full and then by the given name alone; and what may
happen ("any time one of our students is hurt") is no casualty."""

from __future__ import annotations

import pytest

from support.tolls import busiest_event_toll


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An accidental shooting on Friday night critically injured a 16-year-old. Police said on "
            "Saturday that the shooting had killed a 16-year-old.",
            (1, 0),
        ),
        (
            "The victim of the shooting was identified as Tavon Greer. Greer died at the hospital on "
            "Sunday. Police said Tavon was shot in the chest.",
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
            'A student was shot and killed at a party on Friday. "Any time one of our students is hurt it '
            'has a huge impact on the school," the principal said.',
            (1, 0),
        ),
        ("A man was wounded in the shooting. If anyone had been killed, the charges would be worse.", (0, 1)),
    ],
)
def test_casualties_what_may_happen_is_no_casualty(extractor, text: str, expected: tuple[int, int]) -> None:
    assert busiest_event_toll(extractor, text) == expected
