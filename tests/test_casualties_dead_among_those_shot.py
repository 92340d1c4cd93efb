"""The dead told as a part of the people shot ("shot four people, killing one of them") are taken from
those shot; a verb told after a list ("and leading dozens of officers") adds no one to it."""

from __future__ import annotations

import pytest

from support.tolls import busiest_event_toll


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        # a killing with its own object does not kill the people shot before it
        ("The driver is accused of shooting five people and killing one of them on Friday.", 1, 4),
        ("The gunman shot five people, killing two of them, before he fled on Friday.", 2, 3),
        # still: "shot and killed" shares its object
        ("Police said a man shot and killed two people at a bar on Friday.", 2, 0),
        # the dead told as a part of people told hurt are among them (see test_casualties_dead_of_the_hurt)
        ("Five people were wounded in the shooting on Friday and two of them died.", 2, 3),
        # a gerund read as a modifier of the next noun is another act, not more dead
        (
            "The gunman went on a rampage, killing two of the guards and leading scores of officers "
            "on a manhunt.",
            2,
            0,
        ),
        ("Two soldiers and five militants were killed in the attack.", 7, 0),
        # the killer dead by their own hand is not one of the people they shot
        (
            "A man shot six people on Saturday, killing four of them, before turning the gun on himself, "
            "police said.",
            5,
            2,
        ),
    ],
)
def test_casualties_takes_the_dead_from_those_shot(extractor, text, killed, injured):
    assert busiest_event_toll(extractor, text) == (killed, injured)


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        # a condition told of a part of those counted is no more people
        (
            "A man was killed in the shooting on Friday. Three others were hospitalized — two in critical "
            "condition, and one with minor injuries.",
            1,
            3,
        ),
        ("Five people were shot in the attack, two in critical condition.", 0, 5),
        # counts told each with its own verb still add up
        ("Two were in critical condition and one was in stable condition after the shooting.", 0, 2),
    ],
)
def test_casualties_reads_a_condition_of_some_as_a_part(extractor, text, killed, injured):
    assert busiest_event_toll(extractor, text) == (killed, injured)


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        # the one pronounced dead at the hospital is one of those taken there
        (
            "Three people were killed and one seriously wounded in a shooting on Sunday. Two other "
            "victims were rushed to area hospitals where one was pronounced deceased overnight.",
            3,
            1,
        ),
        (
            "Two men were taken to a hospital where one was pronounced dead after the shooting on Sunday.",
            1,
            1,
        ),
    ],
)
def test_casualties_reads_a_death_at_the_hospital_among_those_taken(extractor, text, killed, injured):
    assert busiest_event_toll(extractor, text) == (killed, injured)
