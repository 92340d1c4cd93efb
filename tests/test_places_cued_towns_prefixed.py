"""Town names with a capital inside ("McAlester", "MacTown") are cued towns like any other."""

from __future__ import annotations

import pytest

from eventwire.extract import places
from eventwire.ingest.article import Article


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("a shooting in McAlester on Friday", "McAlester"),
        ("the MacGregor Police Department", "MacGregor"),
        ("a Port McNeil man", "Port McNeil"),
    ],
)
def test_places_cue_reads_a_town_name_with_a_capital_inside(phrase: str, name: str) -> None:
    found = [m["name"] for cue in places._TOWN_CUES for m in cue.finditer(phrase)]
    assert name in found


@pytest.mark.parametrize(
    "text",
    [
        "The McAlester Police Department said the boy was hurt.",
        "A McAlester teen was hurt when a rifle went off.",
        "Officers said the shooting happened at a home in McAlester.",
    ],
)
def test_places_cued_town_with_a_capital_inside_is_a_place(extractor, text: str) -> None:
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    named = {
        text[m.start : m.end]: (e.place.name, e.place.admin1)
        for e in extraction.entities
        if e.place is not None
        for m in e.mentions
    }
    assert named["McAlester"] == ("McAlester", "Oklahoma")
