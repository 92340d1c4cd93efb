"""A sentence that places an event in a county or state only is made exact by the town the article names
inside that region; a town outside it, or none, leaves the region as it is, at its own precision."""

from __future__ import annotations

from eventwire.ingest.article import Article


def _location(extractor, text: str):
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    event = next(e for e in extraction.events if e.location is not None)
    assert event.location is not None
    return event.location


def test_events_location_takes_the_town_the_article_names_inside_the_county(extractor) -> None:
    text = (
        "Deputies were called to a shooting in Weld County late on Sunday. A man was wounded in the leg.\n\n"
        "Neighbours in Greeley said they heard three shots. The Greeley man is expected to recover."
    )
    location = _location(extractor, text)
    assert (location.place.name, location.place.precision, location.place.admin1) == (
        "Greeley",
        "town",
        "Colorado",
    )
    assert location.inferred is True
    assert location.evidence is not None and location.evidence.text == "Greeley"


def test_events_location_keeps_the_county_when_the_article_names_no_town_inside_it(extractor) -> None:
    text = (
        "Deputies were called to a shooting in Weld County late on Sunday. A man was wounded in the leg.\n\n"
        "His brother drove up from Pueblo to see him in hospital."
    )
    location = _location(extractor, text)
    assert (location.place.name, location.place.precision) == ("Weld County", "admin2")
    assert location.inferred is False


def test_events_location_is_the_suburb_not_the_city_that_locates_it(extractor) -> None:
    text = "Two teens were wounded outside a diner in the Denver suburb of Lakewood on Monday."
    location = _location(extractor, text)
    assert (location.place.name, location.place.admin1) == ("Lakewood", "Colorado")
    assert location.evidence is not None and location.evidence.text == "Lakewood"


def test_events_location_is_the_town_not_the_area_it_lies_in(extractor) -> None:
    text = "A man was shot inside a Tulsa-area home in Broken Arrow on Friday night."
    location = _location(extractor, text)
    assert (location.place.name, location.place.admin1) == ("Broken Arrow", "Oklahoma")


def test_events_location_of_a_neighbourhood_is_the_town_it_is_part_of(extractor) -> None:
    text = "BOSTON (WXYZ) -- Two men were shot Tuesday night in the Dorchester neighborhood, police said."
    location = _location(extractor, text)
    assert (location.place.name, location.place.admin1, location.place.precision) == (
        "Boston",
        "Massachusetts",
        "town",
    )
    assert location.inferred is True


def test_events_location_keeps_a_place_the_text_does_not_call_a_neighbourhood(extractor) -> None:
    text = "Two men were shot Tuesday night in Dorchester, police said. Boston police are investigating."
    location = _location(extractor, text)
    assert (location.place.name, location.place.admin1) == ("Dorchester", "Massachusetts")
    assert location.inferred is False
