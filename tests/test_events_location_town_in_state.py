"""An event's venue is the town, not the state written after it ("KOKOMO, Ind. -- ...")."""

from __future__ import annotations

import pytest

from eventwire.ingest.article import Article


@pytest.mark.parametrize(
    ("text", "town", "admin1"),
    [
        (
            "EVANSVILLE, Ind. (March 3, 2015) — Police are investigating the fatal shooting of two people "
            "in a home Thursday night.",
            "Evansville",
            "Indiana",
        ),
        (
            "The man was shot twice outside a diner in Dayton, Ohio, on Monday, police said.",
            "Dayton",
            "Ohio",
        ),
    ],
)
def test_events_location_is_the_town_before_its_state(extractor, text: str, town: str, admin1: str) -> None:
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    event = next(e for e in extraction.events if e.location is not None)
    assert event.location is not None
    assert (event.location.place.name, event.location.place.admin1) == (town, admin1)
    assert event.location.place.precision == "town"


def test_events_location_on_a_street_is_not_the_street_namesake(extractor) -> None:
    text = "PORTLAND, Ore. -- A man was shot and killed Friday on North Vermont Avenue, police said."
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    event = next(e for e in extraction.events if e.location is not None)
    assert event.location is not None
    assert event.location.place.admin1 == "Oregon"


def test_events_location_prefers_the_town_inside_the_county_named(extractor) -> None:
    text = "GREELEY, Colo. - A 15-year-old was killed Sunday by an accidental shot in Weld County."
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    event = next(e for e in extraction.events if e.location is not None)
    assert event.location is not None
    assert (event.location.place.name, event.location.place.precision) == ("Greeley", "town")


def test_events_location_keeps_the_county_when_the_town_lies_elsewhere(extractor) -> None:
    text = "Deputies said a boy was killed Sunday in Weld County, Colorado, after a long drive from Pueblo."
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    event = next(e for e in extraction.events if e.location is not None)
    assert event.location is not None
    assert event.location.place.name == "Weld County"
