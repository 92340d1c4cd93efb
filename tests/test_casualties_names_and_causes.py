"""Who the dead are: kin who share a surname are different people, a name set beside "his mother" tells her
apart, a "mug shot" is a photograph, and a death of illness is no one's doing."""

from __future__ import annotations

import pytest

from support.tolls import busiest_event_toll


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # kin share a surname: two people, not one told twice
        (
            "Deputies were called to a shooting at a house on Elm Road. Police said Ben Ostrow, 7, died in "
            "the ambulance. His father, Glen Ostrow, died at the hospital two days later. Ostrow had "
            "worked at the mill.",
            (2, 0),
        ),
        # the same name told in full and then alone is one person
        (
            "Rita Vance was shot and killed outside her home. Vance, 52, died at the scene.",
            (1, 0),
        ),
        # the victim and the name beside it are one person
        ("The victim, Omar Tull, died at the scene of the shooting. Tull was 40.", (1, 0)),
    ],
)
def test_casualties_counts_kin_apart_and_a_person_once(
    extractor, text: str, expected: tuple[int, int]
) -> None:
    assert busiest_event_toll(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A stray bullet killed a bystander during the shootout, and four people were hurt.", (1, 4)),
        ("Jurors heard evidence about the slayings of two clerks at a pawn shop.", (2, 0)),
    ],
)
def test_casualties_reads_a_bystander_and_slayings(extractor, text: str, expected: tuple[int, int]) -> None:
    assert busiest_event_toll(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a police photograph is no one shot
        (
            "Mug shot of Dale Corbin, released by deputies on Friday. Corbin is charged in a shooting that "
            "wounded a clerk.",
            (0, 1),
        ),
        # a death of illness told beside the shooting is not its toll
        (
            "A woman was shot and killed by her neighbor on Tuesday. Her uncle, Vic Moran, 70, died of "
            "cancer in May.",
            (1, 0),
        ),
    ],
)
def test_casualties_a_photograph_or_an_illness_is_no_casualty(
    extractor, text: str, expected: tuple[int, int]
) -> None:
    assert busiest_event_toll(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police found the bodies of two men in a car after reports of gunshots.", 2),
        # the killer named among the bodies is no one more
        (
            "Deputies found the bodies of Hal Brisco, Rita Brisco and Nell Brisco in the farmhouse. "
            "Investigators believe Hal Brisco shot his wife and their daughter before killing himself.",
            3,
        ),
        # a killer not named among the dead is one more
        ("Jim Sloan killed four people at the plant before killing himself.", 5),
    ],
)
def test_casualties_counts_the_bodies_found_and_the_killer_once(extractor, text: str, expected: int) -> None:
    assert busiest_event_toll(extractor, text)[0] == expected
