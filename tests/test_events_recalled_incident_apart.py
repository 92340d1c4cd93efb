"""An incident told as "a shooting" with a date long past is another, older incident than the undated one
the article has told so far: it does not join it, and does not lend the news its date as told."""

from __future__ import annotations

import datetime as dt

from eventwire.ingest.article import Article


def _events(extractor, text: str):
    article = Article(text=text, origin="test", published=dt.date(2015, 8, 20))
    extraction = next(extractor.extract_articles([article]))
    return [e for e in extraction.events if e.sub_event_type == "Attack" and e.status == "occurred"]


def test_events_old_incident_told_as_a_shooting_is_its_own_event(extractor):
    text = (
        "A man was shot and wounded outside a bakery on Birch Lane, police said. "
        "Neighbors said the street had seen a shooting in October of 2011."
    )
    events = _events(extractor, text)
    assert [[m.text for m in e.mentions] for e in events] == [["shot"], ["shooting"]]
    news, old = events
    # The news is not dated by the old incident's words (the dates stage may still infer a date for it).
    assert news.date.inferred
    assert not old.date.inferred and old.date.start == dt.date(2011, 10, 1) and old.background


def test_events_court_story_keeps_the_old_date_of_its_incident(extractor):
    text = (
        "Velma Orrin was sentenced to life on Monday for the killing of her husband. "
        "Prosecutors said she was convicted of murder in a shooting in October of 2011."
    )
    events = _events(extractor, text)
    assert [e.background for e in events] == [True]
    assert events[0].date.start == dt.date(2011, 10, 1)
