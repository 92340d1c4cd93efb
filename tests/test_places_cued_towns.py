"""Towns named in set phrases of local news, which the tagger often misses or types as a person."""

from __future__ import annotations

import pytest

from eventwire.ingest.article import Article


def _places(extractor, text: str) -> dict[str, tuple[str, str | None, str]]:
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    return {
        text[m.start : m.end]: (e.place.name, e.place.admin1, e.place.precision)
        for e in extraction.entities
        if e.place is not None
        for m in e.mentions
    }


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Tulsa police are investigating a shooting that left one man dead.", "Tulsa", "Oklahoma"),
        ("A Renton woman was shot in the arm.", "Renton", "Washington"),
        ("A Kalamazoo teen was wounded at a party, officers said.", "Kalamazoo", "Michigan"),
        ("Two people were shot in Fresno early Sunday, officers said.", "Fresno", "California"),
        ("Investigators with the Yakima Police Department said the man fled.", "Yakima", "Washington"),
    ],
)
def test_places_cued_town_is_a_place(extractor, text: str, name: str, admin1: str) -> None:
    assert _places(extractor, text)[name] == (name, admin1, "town")


@pytest.mark.parametrize(
    "text",
    [
        "State police are investigating a shooting that left one man dead.",
        "A local man was wounded at a party, officers said.",
        "He said he believed in Smithee, a friend of his.",
    ],
)
def test_places_cue_without_a_known_town_adds_no_place(extractor, text: str) -> None:
    assert _places(extractor, text) == {}


def test_places_cued_town_keeps_the_organisation_named_after_it(extractor) -> None:
    text = "Investigators with the Yakima Police Department said the man fled."
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    assert any(e.type == "ORG" and "Yakima Police Department" in e.name for e in extraction.entities)
