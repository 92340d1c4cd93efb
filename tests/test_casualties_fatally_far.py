"""'Six people were shot, two fatally': the fatal part is killed wherever the parser hangs it."""

from __future__ import annotations

import pytest

from eventwire.eval.extractor import casualty_best
from eventwire.ingest.article import Article


@pytest.mark.parametrize(
    "text",
    [
        "Nine people were shot, three fatally, late Saturday in Millbrook.",
        "Police said 20 rounds were fired in the lot where nine people were shot, three fatally, Saturday.",
    ],
)
def test_casualties_shot_some_fatally_splits_killed_and_injured(extractor, text: str) -> None:
    extraction = next(extractor.extract_articles([Article(text=text, origin="test")]))
    event = next(e for e in extraction.events if e.casualties)
    assert (casualty_best(event, "killed"), casualty_best(event, "injured")) == (3, 6)
