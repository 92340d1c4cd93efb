"""People shot, told without "shot ... injured": hit in a story of gunfire, "the shooting of four men",
"five other people had been shot, too", and deaths told by a verb after one that is none."""

from __future__ import annotations

import pytest

from support.tolls import busiest_event_toll


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hit, with nothing said of what hit them, in a story of shots fired: shot
        ("A shooting broke out during a fight at the park on Sunday. Seven people were hit.", (0, 7)),
        ("A 26-year-old man was grazed in the shoulder during the shooting.", (0, 1)),
        # the shooting of people: shot, the dead among them
        ("A gang member pleaded guilty in the shooting of four men outside a bar.", (0, 4)),
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
    text = (
        "Police found that Dana Holt had been shot and killed at the hall. Five other people had been "
        "shot, too."
    )
    assert busiest_event_toll(extractor, text) == (1, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a death told by the second of two verbs of one subject
        (
            "A man was shot outside a store. The man didn't make it and was pronounced dead at the hospital.",
            (1, 0),
        ),
        # a clause of the dead that the parser hangs on the verb before
        ("Police have identified the teenager fatally shot May 4 on Oak Street.", (1, 0)),
        # a relative listed as a second subject of the verb
        ("Two boys, ages 4 and 7, and their father were found dead after a shooting in the home.", (3, 0)),
    ],
)
def test_casualties_reads_the_dead_the_parser_sets_apart(
    extractor, text: str, expected: tuple[int, int]
) -> None:
    assert busiest_event_toll(extractor, text) == expected
