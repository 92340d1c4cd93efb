"""A killer told dead by their own hand in a later sentence ("He then took his own life") is dead besides
the people they shot, told before, who stay hurt; one who harmed no one else is the one dead."""

from __future__ import annotations

import pytest

from eventwire.eval.extractor import casualty_best
from eventwire.ingest.article import Article


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("A man shot two clerks at a bakery in Orrin on Monday. He then shot and killed himself.", (1, 2)),
        (
            "A man shot two clerks at a bakery in Orrin on Monday. He later drove to a lake, where he took "
            "his own life.",
            (1, 2),
        ),
        ("Three men were shot at a bakery in Orrin. The gunman then turned the gun on himself.", (1, 3)),
        ("A boy, 5, found a pistol in a drawer in Orrin. He shot and killed himself.", (1, 0)),
    ],
)
def test_casualties_killer_dead_in_a_later_sentence(extractor, text: str, toll: tuple[int, int]) -> None:
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    event = next(e for e in extraction.events if e.casualties)
    assert (casualty_best(event, "killed") or 0, casualty_best(event, "injured") or 0) == toll
