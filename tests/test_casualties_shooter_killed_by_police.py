"""A shooter the police kill in a later sentence ("Officers returned fire, killing him") is dead besides
the people he shot, who stay hurt; a victim the police did not kill is read as before."""

from __future__ import annotations

import pytest

from eventwire.eval.extractor import casualty_best
from eventwire.ingest.article import Article


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "A gunman shot three people at a pharmacy in Orrin. Officers returned fire, killing him.",
            (1, 3),
        ),
        (
            "A gunman shot three people at a pharmacy in Orrin on Monday. Deputies found him on a bridge an "
            "hour later. He opened fire and deputies returned fire, killing him.",
            (1, 3),
        ),
        ("Two clerks were wounded at a pharmacy in Orrin. Deputies later shot and killed him.", (1, 2)),
        ("A man killed a clerk at a pharmacy in Orrin. Officers returned fire, killing him.", (2, 0)),
    ],
)
def test_casualties_shooter_killed_by_police_later(extractor, text: str, toll: tuple[int, int]) -> None:
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    event = next(e for e in extraction.events if e.casualties)
    assert (casualty_best(event, "killed") or 0, casualty_best(event, "injured") or 0) == toll


def test_casualties_him_killed_with_no_shooting_before_is_no_shooter(extractor) -> None:
    text = "Officers returned fire at a pharmacy in Orrin, killing him."
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    assert all(casualty_best(e, "killed") is None for e in extraction.events)
