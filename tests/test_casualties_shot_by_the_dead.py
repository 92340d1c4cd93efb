"""People shot by one who was then killed ("killed by deputies after shooting three people") are the hurt:
the dead shooter is not among them."""

from __future__ import annotations

from eventwire.eval.extractor import casualty_best
from eventwire.ingest.article import Article


def _toll(extractor, text: str) -> tuple[int | None, int | None]:
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    event = next(e for e in extraction.events if e.casualties)
    return casualty_best(event, "killed"), casualty_best(event, "injured")


def test_casualties_the_dead_shooter_is_not_among_those_he_shot(extractor) -> None:
    text = (
        "A gunman on a robbery spree was killed by deputies in Fernvale late on Friday after shooting at "
        "least three people, officials said."
    )
    assert _toll(extractor, text) == (1, 3)
    assert _toll(extractor, "Gunman who shot 3 in Fernvale is killed by deputies") == (1, 3)


def test_casualties_the_dead_among_those_shot_are_still_taken_from_them(extractor) -> None:
    assert _toll(extractor, "A gunman shot four people at a Fernvale bar, killing one.") == (1, 3)
