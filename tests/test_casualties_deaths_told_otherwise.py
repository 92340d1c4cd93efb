"""Deaths told by a phrasal verb ("gunned down", "passed away"), by a relative clause of the victim ("the
victim who died"), or by a participle clause the parser hung elsewhere ("two victims fatally shot")."""

from __future__ import annotations

import pytest

from eventwire.eval.extractor import casualty_best
from eventwire.ingest.article import Article


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Marta Olsen, 41, and Dean Porter, 38, were gunned down outside a bakery in Fernvale on Sunday.", 2),
        ("A boy was shot in the chest at a park in Fernvale on Friday. Tobias Wren passed away Monday.", 1),
        ("Lena Brooks is the shooting victim who died on Tuesday, police in Fernvale said.", 1),
        ("The second of three victims fatally shot at a gas station in Fernvale has been named.", 3),
        ("Police charged the uncle of a ten year old boy shot and killed at a Fernvale home on Friday.", 1),
    ],
)
def test_casualties_read_deaths_told_otherwise(extractor, text: str, killed: int) -> None:
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    event = next(e for e in extraction.events if e.casualties)
    assert casualty_best(event, "killed") == killed
    assert not casualty_best(event, "injured")


@pytest.mark.parametrize(
    "text",
    [
        "The old oak tree gunned down by the storm was cleared from Main Street in Fernvale.",
        "Two men who shot at a store in Fernvale on Friday fled in a car.",
    ],
)
def test_casualties_no_death_without_a_person_dying(extractor, text: str) -> None:
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    assert all(casualty_best(e, "killed") is None for e in extraction.events)
