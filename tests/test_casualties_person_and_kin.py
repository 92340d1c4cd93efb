"""'A man and his daughter were found dead': the relative told by a possessive is one more person."""

from __future__ import annotations

import pytest

from eventwire.eval.extractor import casualty_best
from eventwire.ingest.article import Article


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        ("A woman and her son were found dead after a shooting in Millbrook on Tuesday.", "killed", 2),
        ("A gunman shot and wounded a man and his nephew outside a store on Friday.", "injured", 2),
        ("A woman and her two sons were killed in the attack on Friday.", "killed", 3),
    ],
)
def test_casualties_person_and_their_relative_are_counted(
    extractor, text: str, category: str, expected: int
) -> None:
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    event = next(e for e in extraction.events if e.casualties)
    assert casualty_best(event, category) == expected
