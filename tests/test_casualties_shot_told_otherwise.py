"""People shot, told without "shot ... injured": hit in a story of gunfire, "the shooting of four men",
"three other people were shot as well", and deaths told by a verb after one that is none."""

from __future__ import annotations

import pytest

from support.tolls import busiest_event_toll


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hit, with nothing said of what hit them, in a story of shots fired: shot
        ("A shooting broke out during a fight at the park on Sunday. Five were hit.", (0, 5)),
        ("A teenager was grazed on the arm during the shooting.", (0, 1)),
        # the shooting of people: shot, the dead among them
        ("Prosecutors charged a 30-year-old in the shooting of four men outside a tavern.", (0, 4)),
        (
            "A man is charged in the shooting of three teenagers on Oak Street. One of the teens, Ray "
            "Dunn, 17, died on Sunday.",
            (1, 2),
        ),
    ],
)
def test_casualties_reads_people_shot_without_a_casualty_verb(
    extractor, text: str, expected: tuple[int, int]
) -> None:
    assert busiest_event_toll(extractor, text) == expected


def test_casualties_a_car_hit_in_a_story_without_gunfire_is_no_one_shot(extractor) -> None:
    assert busiest_event_toll(extractor, "A woman was hit by a car in a crash on Main Street.") == (0, 0)


def test_casualties_other_people_shot_are_others_than_the_dead(extractor) -> None:
    text = "Dana Holt was shot and killed at the hall. Three other people were shot as well."
    assert busiest_event_toll(extractor, text) == (1, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a death told by the second of two verbs of one subject
        (
            "A driver was shot outside a store. The driver did not survive and was pronounced dead at "
            "the hospital.",
            (1, 0),
        ),
        # a clause of the dead that the parser hangs on the verb before
        ("Detectives named the woman fatally shot Tuesday near the depot.", (1, 0)),
        # a relative listed as a second subject of the verb
        (
            "Three girls, ages 2 to 9, and their grandfather were found dead after a shooting in the home.",
            (4, 0),
        ),
    ],
)
def test_casualties_reads_the_dead_the_parser_sets_apart(
    extractor, text: str, expected: tuple[int, int]
) -> None:
    assert busiest_event_toll(extractor, text) == expected
