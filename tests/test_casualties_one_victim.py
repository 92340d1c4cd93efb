"""One victim told many ways ("a teen was killed ... Reyes was shot ... he was wounded") is one person,
counted once, as killed."""

from __future__ import annotations

import pytest

from eventwire.extract.casualties import find_counts
from support.tolls import busiest_event_toll


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        # a named person told shot is the one killed told without a name
        (
            "A 15-year-old girl was killed in a shooting on Elm Street on Friday. "
            "Police said Marisol Quintero was shot in the back yard of her home.",
            1,
            0,
        ),
        # a person told wounded and later dead is dead, not injured
        (
            "Trevon Alcott was wounded in the chest during the shooting on Friday. "
            "Alcott died at the hospital two hours later.",
            1,
            0,
        ),
        # "the victim", "he" told hurt after a death is the one who died
        (
            "A man was killed in a shooting at a gas station on Monday. "
            "The victim was wounded in the neck and died at the scene.",
            1,
            0,
        ),
        # people told dead together are as many as told, named or not
        (
            "A shooting broke out inside the house on Friday. "
            "The man and the woman were pronounced dead at the scene.",
            2,
            0,
        ),
        # all of those taken to hospital were harmed, the dead among them
        (
            "A shooting broke out at the home on Sunday. "
            "Both victims were taken to the hospital, where one died.",
            1,
            1,
        ),
        # a named person hurt besides a named person killed is a second victim
        (
            "Gunfire erupted on Pine Street on Sunday, killing Dale Whitcomb. "
            "Maria Gonzalez was wounded in the shooting and taken to the hospital.",
            1,
            1,
        ),
    ],
)
def test_casualties_counts_one_victim_once(extractor, text, killed, injured):
    assert busiest_event_toll(extractor, text) == (killed, injured)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A gun went off, fatally wounding the victim.", [("killed", 1)]),
        ("Officers found Dalton shot dead in the kitchen.", [("killed", 1)]),
        ("HE WAS SHOT IN THE LEG.", [("injured", 1)]),
    ],
)
def test_casualties_reads_fatal_wounds_as_deaths(extractor, sentence, expected):
    doc = extractor.nlp(sentence)
    assert sorted((c.category, c.count.best) for c in find_counts(doc, sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The girl in the next room was not hurt.",
        "She told police she feared he would hurt her son.",
    ],
)
def test_casualties_skips_people_not_harmed(extractor, sentence):
    doc = extractor.nlp(sentence)
    assert [c for c in find_counts(doc, sentence) if c.count.best] == []
