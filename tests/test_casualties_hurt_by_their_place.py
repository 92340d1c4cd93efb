"""One person told hurt by their place ("a second man was wounded", "a third was hurt") is the last of as
many people harmed, the dead among the ones told before."""

from __future__ import annotations

import pytest

from eventwire.eval.extractor import casualty_best
from eventwire.ingest.article import Article


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Two men were shot dead outside a diner in Fernvale on Friday and a third was wounded.", 2, 1),
        ("A driver died after a shooting on Oak Road in Fernvale and a second person was hurt.", 1, 1),
        ("Police in Fernvale now say a sixth student was injured in the shooting at the fair.", None, 6),
        ("Two women were wounded in a shooting in Fernvale. A third woman was also hurt there.", None, 3),
    ],
)
def test_casualties_one_hurt_by_their_place(extractor, text: str, killed: int | None, injured: int) -> None:
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    event = next(e for e in extraction.events if e.casualties)
    assert casualty_best(event, "killed") == killed
    assert casualty_best(event, "injured") == injured
