"""Venues: each mention of an event gets the place its own clause names, not the event's one location."""

from __future__ import annotations

import pytest

from eventwire.ingest.article import Article
from eventwire.models import Event, Extraction, Venue
from eventwire.serialize import extraction_from_json


def _extract(extractor, text: str) -> Extraction:
    return next(extractor.extract_articles([Article(text=text, origin="test")]))


def _venues(extraction: Extraction) -> list[tuple[str, str]]:
    return [(v.mention.text, v.place.text) for e in extraction.events for v in e.venues]


@pytest.mark.parametrize(
    ("text", "venues"),
    [
        ("Two soldiers were killed in the province on Sunday.", [("killed", "the province")]),
        ("A man was shot dead at his home on Saturday.", [("shot", "his home")]),
        (
            "Militants carried out attacks in Quetta and Peshawar on Tuesday.",
            [("attacks", "Quetta"), ("attacks", "Peshawar")],
        ),
        ("Gunmen attacked a police camp in Zabul Province last week.", [("attacked", "Zabul Province")]),
        ("The bombing of the city caused widespread chaos.", [("bombing", "the city")]),
        ("Two men were shot dead in the northern town of Ardmore on Friday.", [("shot", "Ardmore")]),
        (
            "A wave of shootings broke out in the northern districts overnight.",
            [("shootings", "the northern districts")],
        ),
        ("The blast hit a shop on Elm Street in Leeds.", [("blast", "Elm Street"), ("blast", "Leeds")]),
        (
            "The explosion was at the busy bus station, where six people were killed.",
            [("explosion", "the busy bus station"), ("killed", "the busy bus station")],
        ),
        (
            "Police arrested two men in Karachi on Monday and detained a third man in hospital.",
            [("arrested", "Karachi"), ("detained", "hospital")],
        ),
    ],
)
def test_venues_are_the_places_each_mention_names(
    extractor, text: str, venues: list[tuple[str, str]]
) -> None:
    assert _venues(_extract(extractor, text)) == venues


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the market on Friday.",  # a day, and the market is the target
        "Rebels launched an attack on the market.",
    ],
)
def test_venues_are_not_days_or_targets(extractor, text: str) -> None:
    assert _venues(_extract(extractor, text)) == []


def test_venues_of_a_casualty_participle_belong_to_the_event_it_follows(extractor) -> None:
    extraction = _extract(extractor, "A bomb exploded near the gate, wounding nine people on Elm Street.")
    assert _venues(extraction) == [("exploded", "Elm Street")]


def test_venues_round_trip_through_json(extractor, validate) -> None:
    extraction = _extract(extractor, "Two soldiers were killed in the province on Sunday.")
    data = validate(extraction)
    assert data["events"][0]["venues"][0]["place"]["text"] == "the province"
    event: Event = extraction_from_json(data).events[0]
    assert event.venues == extraction.events[0].venues
    assert isinstance(event.venues[0], Venue)
