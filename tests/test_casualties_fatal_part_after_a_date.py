"""'Five people were shot in Easton on Monday, two fatally': the fatal part is read wherever the parser
hangs it, on the day before it or on the reporting verb after it, and counted of those shot."""

from __future__ import annotations

import pytest

from eventwire.eval.extractor import casualty_best
from eventwire.ingest.article import Article


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Five people were shot in Easton on Monday, two fatally.", (2, 3)),
        ("Three women were shot in Harlow late Tuesday, one of them fatally, police said.", (1, 2)),
        ("Seven people were shot at the fair, two of them fatally.", (2, 5)),
    ],
)
def test_casualties_fatal_part_after_a_day_is_killed(extractor, text: str, toll: tuple[int, int]) -> None:
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    event = next(e for e in extraction.events if e.casualties)
    assert (casualty_best(event, "killed"), casualty_best(event, "injured")) == toll


def test_casualties_age_after_a_name_is_still_no_count(extractor) -> None:
    text = "Dorian Vale, 31, was shot in the arm on Elm Street."
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    event = next(e for e in extraction.events if e.casualties)
    assert (casualty_best(event, "killed"), casualty_best(event, "injured")) == (None, 1)
