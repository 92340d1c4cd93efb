"""People hurt told without a casualty verb: by what hit them ("struck by a stray bullet"), the wound
they have or suffer ("a man with a gunshot wound"), or their condition ("listed in critical condition")."""

from __future__ import annotations

import pytest

from eventwire.ingest.article import Article


def _toll(extractor, text: str) -> tuple[int, int]:
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    event = extraction.events[0]
    killed = max((c.best or 0 for c in event.casualties if c.category == "killed"), default=0)
    injured = max((c.best or 0 for c in event.casualties if c.category == "injured"), default=0)
    return killed, injured


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A boy was struck by a stray bullet during the shooting on Elm Street.", (0, 1)),
        ("Two women were hit by gunfire in the shooting outside the bar.", (0, 2)),
        ("Deputies found a man with a gunshot wound after the shooting.", (0, 1)),
        ("Officers found four men suffering from gunshot wounds after the shooting.", (0, 4)),
        ("The victim is listed in critical condition after the shooting.", (0, 1)),
        ("Three people are in stable condition after the shooting at the park.", (0, 3)),
        # those "also" hit are others than the dead, not maybe the dead told again
        (
            "A teenager died in the shooting. Two men in the car were also hit by gunfire, police said.",
            (1, 2),
        ),
    ],
)
def test_casualties_reads_the_hurt_without_a_casualty_verb(extractor, text, expected):
    assert _toll(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A man with a gun was seen near the shooting.",
        "The car was hit by a truck after the shooting.",
    ],
)
def test_casualties_a_gun_or_a_truck_is_no_wound(extractor, text):
    assert _toll(extractor, text) == (0, 0)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A three-year-old girl who found a loaded pistol and shot herself is in the hospital.", (0, 1)),
        ("A mother was charged after her 5-year-old son shooting himself in the foot.", (0, 1)),
        ("Police say the father fired his gun by accident, striking his daughter in the arm.", (0, 1)),
        # one who shot others and then himself: the text tells elsewhere whether he died
        ("A gunman shot a clerk and then shot himself.", (0, 1)),
    ],
)
def test_casualties_reads_those_shot_by_themselves_or_by_a_stray_round(extractor, text, expected):
    assert _toll(extractor, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He is accused of killing two women and wounding another in the shooting.", (2, 1)),
        ("One man was killed and another was wounded in the shooting.", (1, 1)),
        # "another victim" is one of a toll told before, not a toll of its own
        ("Police found another victim after the shooting.", (0, 0)),
    ],
)
def test_casualties_a_bare_another_is_one_more_person(extractor, text, expected):
    assert _toll(extractor, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Four people were injured in a shooting in Millbrook. "
            "One of the four victims has died, police said.",
            (1, 3),
        ),
        # a part told with its whole is no more people
        (
            "Four people were shot at a party in Millbrook. One of the four people hospitalized after the "
            "party shooting is in critical condition, officers said Monday.",
            (0, 4),
        ),
    ],
)
def test_casualties_the_dead_told_among_the_hurt_are_not_hurt_too(extractor, text, expected):
    assert _toll(extractor, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Officers found three victims who had been struck by gunfire after the shooting.", (0, 3)),
        # a singular "himself" after two subjects is one of them, not both
        ("The 9-year-old and another boy found a pistol in the closet and shot himself in the leg.", (0, 1)),
    ],
)
def test_casualties_relative_clauses_and_coordinated_shooters(extractor, text, expected):
    assert _toll(extractor, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The shooting claims one woman's life and injures two others.", (1, 2)),
        (
            "He pulled the trigger in the shooting. The bullet struck Daniel in the chest, killing him.",
            (1, 0),
        ),
        # the one taken to a hospital where he died is the one dead, not one more hurt
        (
            "A guard was killed in the shooting. "
            "The 41-year-old was flown to a hospital in Reno, where he died.",
            (1, 0),
        ),
    ],
)
def test_casualties_lives_taken_and_deaths_after_being_struck(extractor, text, expected):
    assert _toll(extractor, text) == expected
