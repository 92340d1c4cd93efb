"""Deaths told by a phrasal verb ("gunned down", "passed away"), by a relative clause of the victim ("the
woman who died"), or by a participle clause the parser hung elsewhere ("three men fatally shot")."""

from __future__ import annotations

import pytest

from eventwire.eval.extractor import casualty_best
from eventwire.ingest.article import Article


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Marta Olsen, 41, and Dean Porter, 38, were gunned down outside a bakery in Fernvale on Sunday.", 2),
        ("A boy was shot in the chest at a park in Fernvale on Friday. Tobias Wren passed away Monday.", 1),
        ("Lena Brooks, a cashier, was the woman who died at the hospital after the Fernvale shooting.", 1),
        ("Police named the last of three men fatally shot outside a Fernvale bar on Saturday.", 3),
        ("Deputies questioned a neighbor of a six year old boy shot and killed near a Fernvale pond.", 1),
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
