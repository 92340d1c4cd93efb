"""Toll mentions: each word that tells a toll keeps the people it counts, one group per listed group."""

from __future__ import annotations

import pytest

from eventwire.ingest.article import Article
from eventwire.serialize import extraction_from_json


def _told(extractor, text: str) -> dict[str, list[tuple[str, str]]]:
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    return {
        c.category: [(m.predicate.text, m.victims.text) for m in c.mentions]
        for e in extraction.events
        for c in e.casualties
    }


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "A bomb exploded at the market. At least six people were killed.",
            {"killed": [("killed", "At least six people")]},
        ),
        (
            "Four workers and two soldiers were killed when a bomb exploded in the station.",
            {"killed": [("killed", "Four workers"), ("killed", "two soldiers")]},
        ),
        (
            "A bomb went off at the depot, and there were three porters, a driver and two guards wounded.",
            {
                "injured": [
                    ("wounded", "three porters"),
                    ("wounded", "a driver"),
                    ("wounded", "two guards"),
                ]
            },
        ),
        (
            "Gunmen killed three guards and wounded another five in an attack on Monday.",
            {"killed": [("killed", "three guards")], "injured": [("wounded", "five")]},
        ),
    ],
)
def test_events_toll_mentions_keep_the_people_each_predicate_counts(extractor, text, told) -> None:
    assert _told(extractor, text) == told


def test_events_toll_mentions_round_trip_through_json(extractor, validate) -> None:
    text = "Four workers and two soldiers were killed when a bomb exploded in the station."
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    data = validate(extraction)
    assert extraction_from_json(data).events == extraction.events


def test_events_toll_mentions_quote_the_text_as_written(extractor) -> None:
    text = "THREE KILLED, SEVERAL WOUNDED IN MARKET BLAST\n\nA bomb exploded at a market on Monday."
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    for event in extraction.events:
        for casualty in event.casualties:
            for mention in casualty.mentions:
                assert text[mention.victims.start : mention.victims.end] == mention.victims.text
