"""The dead told by a bare description ("killed his wife and son") and by name ("his wife Ann Doe and son
Ben Doe") are the same people; the people a killer shot are not the killer, but a count of the shot told
apart from the killing may count the killer."""

from __future__ import annotations

import pytest

from eventwire.eval.extractor import casualty_best
from eventwire.ingest.article import Article


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "A Fernvale man killed his wife and son before shooting himself on Monday, police said. "
            "He fatally shot his wife, Carla Denton, and his son, Eli Denton, in their kitchen.",
            3,
        ),
        (
            "Susan Miller and Jacob Miller were found dead in their Fernvale home on Tuesday. Robert Miller "
            "was also found dead there. Robert Miller shot his wife and son in the kitchen before killing "
            "himself, police said.",
            3,
        ),
    ],
)
def test_events_tolls_described_dead_are_the_named_dead(extractor, text: str, killed: int) -> None:
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    event = next(e for e in extraction.events if e.casualties)
    assert casualty_best(event, "killed") == killed
    assert not casualty_best(event, "injured")


def test_events_tolls_shot_by_the_killer_are_not_the_killer(extractor) -> None:
    text = (
        "A gunman shot five people at a Fernvale warehouse on Friday, killing two of them, before turning "
        "the gun on himself."
    )
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    event = next(e for e in extraction.events if e.casualties)
    assert casualty_best(event, "killed") == 3
    assert casualty_best(event, "injured") == 3


@pytest.mark.parametrize(
    "text",
    [
        "A Fernvale man killed his wife and son at their home before killing himself on Monday. All three "
        "had suffered gunshot wounds to the chest.",
    ],
)
def test_events_tolls_the_shot_told_apart_may_count_the_killer(extractor, text: str) -> None:
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    event = next(e for e in extraction.events if e.casualties)
    assert casualty_best(event, "killed") == 3
    assert not casualty_best(event, "injured")


def test_events_tolls_the_hurt_described_are_the_hurt_named(extractor) -> None:
    text = "Girl wounded in Fernvale shooting. Police said Mia Torres was listed in stable condition."
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    event = next(e for e in extraction.events if e.casualties)
    assert casualty_best(event, "injured") == 1
