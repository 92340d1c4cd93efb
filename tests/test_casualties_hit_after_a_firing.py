"""People hit by the shots of a firing told under the verb the hitting hangs on ("charged with firing into
a car, striking two women") are shot; a hitting after no firing is not."""

from __future__ import annotations

from eventwire.eval.extractor import casualty_best
from eventwire.ingest.article import Article


def _events(extractor, text: str):
    return next(extractor.extract_articles([Article(text=text, origin="test")])).events


def test_casualties_hit_by_a_firing_told_under_the_verb(extractor) -> None:
    text = "A man was charged with firing into a parked car in Fernvale, striking two women."
    events = _events(extractor, text)
    event = next(e for e in events if e.sub_event_type != "Arrests")
    assert casualty_best(event, "injured") == 2


def test_casualties_hit_after_no_firing_is_no_shot(extractor) -> None:
    text = "A man was charged with stealing a truck in Fernvale, striking two mailboxes."
    events = _events(extractor, text)
    assert all(casualty_best(e, "injured") is None for e in events)
