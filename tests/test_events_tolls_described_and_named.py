"""The dead told by a bare description ("killed her husband and daughter") and by name ("her husband Al Roe
and daughter Bea Roe") are the same people, and so are the hurt; the people a killer shot are not the
killer, but a count of the shot told apart from the killing may count the killer."""

from __future__ import annotations

from eventwire.eval.extractor import casualty_best
from eventwire.ingest.article import Article


def _event(extractor, text: str):
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    return next(e for e in extraction.events if e.casualties)


def test_events_tolls_described_dead_are_the_named_dead(extractor) -> None:
    event = _event(
        extractor,
        "A Fernvale man killed his mother and brother before turning the gun on himself on Monday. He "
        "fatally shot his mother, Carla Denton, and his brother, Eli Denton, in the garage.",
    )
    assert casualty_best(event, "killed") == 3
    assert not casualty_best(event, "injured")


def test_events_tolls_described_shot_are_the_named_dead(extractor) -> None:
    event = _event(
        extractor,
        "Carl Miller, 40, and Ivy Miller, 9, were found dead in their Fernvale home. Police found Susan "
        "Miller dead beside them. Susan Miller shot her husband and daughter in the kitchen before killing "
        "herself, police said.",
    )
    assert not casualty_best(event, "injured")


def test_events_tolls_shot_by_the_killer_are_not_the_killer(extractor) -> None:
    event = _event(
        extractor,
        "A gunman shot five people at a Fernvale warehouse on Friday, killing two of them, before turning "
        "the gun on himself.",
    )
    assert casualty_best(event, "killed") == 3
    assert casualty_best(event, "injured") == 3


def test_events_tolls_the_shot_told_apart_may_count_the_killer(extractor) -> None:
    event = _event(
        extractor,
        "A Fernvale woman killed her husband and daughter before killing herself on Monday. All three had "
        "been hit by gunfire.",
    )
    assert casualty_best(event, "killed") == 3
    assert not casualty_best(event, "injured")


def test_events_tolls_the_hurt_described_are_the_hurt_named(extractor) -> None:
    event = _event(
        extractor, "Girl wounded in Fernvale shooting. Police said Mia Torres was listed in stable condition."
    )
    assert casualty_best(event, "injured") == 1
