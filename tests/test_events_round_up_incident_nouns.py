"""A trigger told as a compound of an incident noun ("three separate shooting incidents", "the second
shooting incident") is read by that noun: the tally is a round-up and each numbered incident its own event."""

from __future__ import annotations

import datetime as dt

from eventwire.eval.extractor import casualty_best
from eventwire.ingest.article import Article

PUBLISHED = dt.date(2015, 3, 1)


def test_events_shooting_incidents_tallied_then_told_one_by_one(extractor) -> None:
    text = (
        "Police in Millbrook are investigating three separate shooting incidents from Friday night. "
        "The first shooting incident left a man wounded on Elm Street. "
        "The second shooting incident wounded two women outside a bar on Oak Street."
    )
    extraction = next(extractor.extract_articles([Article(text=text, origin="test", published=PUBLISHED)]))
    told = [(e.round_up, e.evidence[0].text[:20], casualty_best(e, "injured")) for e in extraction.events]
    assert told == [
        (True, "Police in Millbrook ", None),
        (False, "The first shooting i", 1),
        (False, "The second shooting ", 2),
    ]
