"""Tolls told without a number: one person at a time, and people shot with no word on how badly."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        ("Police say four people were shot, one fatally, at the park on Wednesday.", 1, 3),
        (
            "Parish fired multiple shots, killing Sarah Davidson and injuring Leanne Smith and Dustin Grey.",
            1,
            2,
        ),
        ("A woman is in hospital after she and three others were shot outside a nightclub.", 0, 4),
        ("Four people are dead and two are injured in a shooting during a tribal hearing.", 4, 2),
        ("A man was shot and killed on Monday. The victim died at the hospital.", 1, 0),
        ("Police are investigating the fatal shootings of four people in a home on Thursday.", 4, 0),
        ("Police responded to a shooting on Main Street. Five people were taken to the hospital.", 0, 5),
    ],
)
def test_casualties_counts_people_not_mentions(extractor, text, killed, injured):
    extraction = extractor.extract_document(_document(text))
    event = max(extraction.events, key=lambda e: len(e.casualties))

    def best(category: str) -> int:
        return max((c.best or 0 for c in event.casualties if c.category == category), default=0)

    assert (best("killed"), best("injured")) == (killed, injured)


def _document(text: str):
    from eventwire.extract.extractor import make_document
    from eventwire.ingest.article import Article

    return make_document(Article(text=text, origin="<test>"))
